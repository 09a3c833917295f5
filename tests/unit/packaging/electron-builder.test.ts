// electron-builder: the config passes its schema check, and `--dir` with a stub runtime packs an asar
// that holds the built app only (no sources, tests or devDependencies) with the security fuses set.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFuses, writeStubElectronDist } from "./stub-electron";
import { tempDir } from "../foundation/helpers";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..", "..", "..");
let work: { dir: string; cleanup: () => Promise<void> };
let asarFiles: string[] = [];
let fuses = "";

beforeAll(async () => {
  work = await tempDir("replydesk-pack-");
  const stub = path.join(work.dir, "electron-dist");
  await writeStubElectronDist(stub);
  await run("npx", ["electron-vite", "build", "--logLevel", "warn"], { cwd: ROOT });
  const out = path.join(work.dir, "dist");
  await run(
    "npx",
    [
      "electron-builder",
      "--linux",
      "dir",
      "--config",
      "electron-builder.yml",
      `-c.electronDist=${stub}`,
      "-c.electronVersion=45.3.4",
      `-c.directories.output=${out}`,
    ],
    { cwd: ROOT, env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: "false" }, maxBuffer: 32 * 1024 * 1024 },
  );
  const asar = path.join(out, "linux-unpacked", "resources", "app.asar");
  const { stdout } = await run("npx", ["asar", "list", asar], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  asarFiles = stdout.split("\n").filter(Boolean);
  fuses = readFuses(await readFile(path.join(out, "linux-unpacked", "replydesk")));
}, 240_000);

afterAll(async () => {
  await work?.cleanup();
});

describe("packaged app (electron-builder --dir with a stub runtime)", () => {
  it("contains the built main, preload and renderer", () => {
    expect(asarFiles).toContain("/out/main/index.js");
    expect(asarFiles).toContain("/out/preload/index.cjs");
    expect(asarFiles).toContain("/out/renderer/index.html");
    expect(asarFiles).toContain("/node_modules/docx/package.json");
    expect(asarFiles).toContain("/node_modules/lowdb/package.json");
  });

  it("ships no sources, tests, maps or devDependencies", () => {
    const offenders = asarFiles.filter(
      (f) =>
        /^\/(electron|renderer|shared|tests|scripts|bench|\.ci)\//.test(f) ||
        (/\.(ts|tsx|map)$/.test(f) && !f.startsWith("/node_modules/")) ||
        /^\/node_modules\/(electron|electron-vite|vite|vitest|react|react-dom|@playwright|typescript|eslint|tsx|electron-builder)\//.test(
          f,
        ),
    );
    expect(offenders).toEqual([]);
  });

  it("ships exactly the production dependency tree: no devDependency, no stray package", async () => {
    const { stdout } = await run("npm", ["ls", "--omit=dev", "--all", "--parseable"], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    const production = new Set(
      stdout
        .split("\n")
        .filter((p) => p.includes("node_modules"))
        .map((p) => p.slice(p.lastIndexOf("node_modules") + "node_modules/".length).replaceAll("\\", "/")),
    );
    expect(production.has("docx")).toBe(true);
    const pkg = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")) as {
      devDependencies: Record<string, string>;
    };
    const shipped = new Set(
      asarFiles
        .map((f) => /^\/node_modules\/(@[^/]+\/[^/]+|[^@/][^/]*)\//u.exec(f)?.[1])
        .filter((n): n is string => n !== undefined),
    );
    const devOnly = Object.keys(pkg.devDependencies).filter((d) => !production.has(d));
    expect(devOnly.length).toBeGreaterThan(20);
    expect(devOnly.filter((d) => shipped.has(d))).toEqual([]);
    expect([...shipped].filter((n) => !production.has(n))).toEqual([]);
  });

  it("flips the security fuses (no run-as-node, no NODE_OPTIONS, no inspect, asar only)", () => {
    // Fuse order (Electron): 0 RunAsNode, 1 EnableCookieEncryption, 2 EnableNodeOptionsEnvironmentVariable,
    // 3 EnableNodeCliInspectArguments, 4 EnableEmbeddedAsarIntegrityValidation, 5 OnlyLoadAppFromAsar.
    expect(fuses.slice(0, 6)).toBe("010011");
  });
});

describe("electron-builder.yml schema check", () => {
  it("is the check that runs: an unknown key in a copy of our config is refused before any packing", async () => {
    const { writeFile } = await import("node:fs/promises");
    const yml = await readFile(path.join(ROOT, "electron-builder.yml"), "utf8");
    const bad = path.join(work.dir, "bad-builder.yml");
    await writeFile(bad, yml.replace("nsis:\n", "nsis:\n  notARealOption: true\n"));
    const result = await run("npx", ["electron-builder", "--linux", "dir", "--config", bad], { cwd: ROOT }).then(
      () => "passed",
      (err: { stderr?: string; stdout?: string }) => `${err.stdout ?? ""}${err.stderr ?? ""}`,
    );
    // The run must fail, and fail in the schema check naming the section with the unknown key — not merely
    // print "loaded configuration", which every run does.
    expect(result).not.toBe("passed");
    expect(result).toMatch(/Invalid configuration object/u);
    expect(result).toMatch(/configuration\.nsis should/u);
  }, 180_000);
});
