// Signing in from the command line: `--user 姓名` with the password in REPLYDESK_PASSWORD, so that a script acts as
// a named person whose actions are signed, exactly as in the app.
import { AppError } from "../../shared/api/errors";
import type { Actor } from "../../shared/workflow/status-machine";
import type { Services } from "../main/services";
import type { CliIo } from "./command";

/** The password variable the CLI reads (never a command-line argument: those show in process lists). */
export const PASSWORD_ENV = "REPLYDESK_PASSWORD";

/** Signs `user` in on the services' data folder; returns the acting person. */
export async function signInForCli(services: Services, user: string | undefined, io: CliIo): Promise<Actor> {
  if (!user)
    throw new AppError(
      "FORBIDDEN",
      "此操作需要以本人身份签名：请用 --user 姓名 指定本人，并在环境变量 REPLYDESK_PASSWORD 中提供密码。",
    );
  const password = io.env[PASSWORD_ENV];
  if (!password) throw new AppError("FORBIDDEN", `请在环境变量 ${PASSWORD_ENV} 中提供 ${user} 的密码。`);
  const roster = services.people.current();
  if (!roster)
    throw new AppError(
      "FORBIDDEN",
      "本数据文件夹还没有单位人员名册：请先用 replydesk people init 创建或 people import-roster 导入。",
    );
  const matches = [...roster.people.values()].filter((p) => p.name === user && p.revokedAt === null);
  const person = matches[0];
  if (!person) throw new AppError("NOT_FOUND", `名册中没有在册人员「${user}」。`);
  await services.people.signIn(person.id, password);
  const actor = services.people.actor();
  if (!actor) throw new AppError("FORBIDDEN", "登录失败。");
  return actor;
}
