// The 人员 page (#/people): create or join the bureau roster, and the 管理员's roster work — people, roles,
// fingerprints to compare by phone, revocation, separation of duties, roster and join-request files.
import { useState, type FormEvent, type ReactNode } from "react";
import type { PeopleStatus, PersonViewData } from "../../../../shared/api/people";
import type { UserRole } from "../../../../shared/model/settings";
import { api, errorMessage } from "../../api";
import { FormError } from "../../lib/modal";
import { readFileAsBase64 } from "../exchange/read-file";
import { completeDelivery } from "../export/deliver";
import { usePeople } from "./people-context";
import { RolePicker } from "./role-picker";
import "./people.css";

const FILE_MAX = 5 * 1024 * 1024;

/** Runs a people call and reports its outcome in one line. */
function useAction(): {
  readonly message: { kind: "ok" | "error"; text: string } | null;
  readonly busy: boolean;
  readonly run: (job: () => Promise<string>) => Promise<boolean>;
} {
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (job: () => Promise<string>): Promise<boolean> => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ kind: "ok", text: await job() });
      return true;
    } catch (err) {
      setMessage({ kind: "error", text: errorMessage(err) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { message, busy, run };
}

function Outcome({ message }: { readonly message: { kind: "ok" | "error"; text: string } | null }) {
  if (!message) return null;
  if (message.kind === "error") return <FormError message={message.text} />;
  return (
    <p role="status" className="form-ok">
      {message.text}
    </p>
  );
}

function Card({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <section className="settings-group people-card" aria-label={title}>
      <h2 className="section-title">{title}</h2>
      {children}
    </section>
  );
}

/** A file picker that hands the picked file's base64 to `onFile`. */
function FilePick({ label, onFile }: { readonly label: string; readonly onFile: (base64: string) => void }) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        type="file"
        aria-label={label}
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void readFileAsBase64(f, FILE_MAX).then(onFile);
          e.target.value = "";
        }}
      />
    </label>
  );
}

function CreateRoster({ onDone }: { readonly onDone: (s: PeopleStatus) => void }) {
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [roles, setRoles] = useState<UserRole[]>([]);
  const a = useAction();
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    void a.run(async () => {
      onDone(await api.createRoster({ name, password, roles }));
      return "已创建单位人员名册，您已作为管理员登录。";
    });
  };
  return (
    <Card title="创建单位人员名册（本单位第一台电脑）">
      <form onSubmit={submit}>
        <p className="field-hint">您将成为第一位管理员，可兼任其他角色。密钥只保存在本机，由您的密码加密。</p>
        <label className="field">
          <span className="field-label">姓名</span>
          <input aria-label="管理员姓名" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">密码（至少 8 位）</span>
          <input
            type="password"
            aria-label="管理员密码"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <RolePicker label="同时担任" value={roles} onChange={setRoles} />
        <button type="submit" className="btn btn-primary" disabled={a.busy}>
          创建名册
        </button>
        <Outcome message={a.message} />
      </form>
    </Card>
  );
}

function ImportRoster({ onDone, title }: { readonly onDone: (s: PeopleStatus) => void; readonly title: string }) {
  const a = useAction();
  return (
    <Card title={title}>
      <p className="field-hint">
        名册文件（.replydesk-roster）由本单位管理员导出。导入时核对全部签名，只接受同一名册的更新。
      </p>
      <FilePick
        label="选择名册文件"
        onFile={(base64) =>
          void a.run(async () => {
            const r = await api.importRoster({ base64 });
            onDone(r.status);
            return r.added > 0 ? `已导入名册，新增 ${r.added} 条记录。` : "名册已是最新。";
          })
        }
      />
      <Outcome message={a.message} />
    </Card>
  );
}

function JoinRequest() {
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const a = useAction();
  const { reload } = usePeople();
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    void a.run(async () => {
      const r = await api.createJoinRequest({ name, password });
      completeDelivery(r.delivery);
      reload();
      return `已生成本人密钥和加入申请（指纹 ${r.fingerprint}）。请把申请文件交给管理员，并电话核对指纹；管理员加入名册后，导入新名册即可登录。`;
    });
  };
  return (
    <Card title="在本机创建我的身份（加入申请）">
      <form onSubmit={submit}>
        <label className="field">
          <span className="field-label">姓名</span>
          <input aria-label="申请人姓名" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">密码（至少 8 位）</span>
          <input
            type="password"
            aria-label="申请人密码"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <button type="submit" className="btn" disabled={a.busy}>
          生成加入申请
        </button>
        <Outcome message={a.message} />
      </form>
    </Card>
  );
}

function PersonRow({
  p,
  admin,
  onDone,
}: {
  readonly p: PersonViewData;
  readonly admin: boolean;
  readonly onDone: (s: PeopleStatus) => void;
}) {
  const [roles, setRoles] = useState<UserRole[]>([...p.roles]);
  const a = useAction();
  const changed = roles.join() !== p.roles.join();
  return (
    <tr aria-label={p.name}>
      <td>{p.name}</td>
      <td>
        {admin && p.active ? (
          <RolePicker label={`${p.name}的角色`} value={roles} onChange={setRoles} />
        ) : (
          p.roles.join("、")
        )}
      </td>
      <td>
        <code>{p.fingerprint}</code>
      </td>
      <td>{p.active ? (p.canSignInHere ? "在册 · 本机可登录" : "在册") : "已注销"}</td>
      <td>
        {admin && p.active && changed && (
          <button
            type="button"
            className="btn btn-small"
            disabled={a.busy}
            onClick={() =>
              void a.run(async () => {
                onDone(await api.setPersonRoles({ personId: p.id, roles }));
                return "已修改角色。";
              })
            }
          >
            保存角色
          </button>
        )}
        {admin && p.active && (
          <button
            type="button"
            className="btn btn-small btn-danger"
            disabled={a.busy}
            onClick={() => {
              if (!window.confirm(`确定注销 ${p.name}？注销后其密钥的新操作一律拒绝，之前的记录仍然有效。`)) return;
              void a.run(async () => {
                onDone(await api.revokePerson({ personId: p.id }));
                return `已注销 ${p.name}。`;
              });
            }}
          >
            注销
          </button>
        )}
        <Outcome message={a.message} />
      </td>
    </tr>
  );
}

function AddPerson({ onDone }: { readonly onDone: (s: PeopleStatus) => void }) {
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [roles, setRoles] = useState<UserRole[]>(["拟稿人"]);
  const a = useAction();
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    void a.run(async () => {
      onDone(await api.addPerson({ name, roles, password }));
      setName("");
      setPassword("");
      return `已添加 ${name}。请把初始密码告诉本人，首次登录时须修改。`;
    });
  };
  return (
    <Card title="在本机添加人员">
      <form onSubmit={submit}>
        <label className="field">
          <span className="field-label">姓名</span>
          <input aria-label="新人员姓名" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">初始密码（至少 8 位，本人首次登录时修改）</span>
          <input type="password" aria-label="初始密码" value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <RolePicker label="角色" value={roles} onChange={setRoles} />
        <button type="submit" className="btn btn-primary" disabled={a.busy}>
          添加
        </button>
        <Outcome message={a.message} />
      </form>
    </Card>
  );
}

function AcceptJoin({ onDone }: { readonly onDone: (s: PeopleStatus) => void }) {
  const [roles, setRoles] = useState<UserRole[]>(["拟稿人"]);
  const a = useAction();
  return (
    <Card title="接受加入申请">
      <p className="field-hint">先电话核对申请人报出的指纹，与接受后名册中显示的一致。</p>
      <RolePicker label="授予角色" value={roles} onChange={setRoles} />
      <FilePick
        label="选择加入申请文件"
        onFile={(base64) =>
          void a.run(async () => {
            onDone(await api.acceptJoinRequest({ base64, roles }));
            return "已加入名册。请导出名册交给申请人的电脑导入。";
          })
        }
      />
      <Outcome message={a.message} />
    </Card>
  );
}

/** The page. */
export function PeoplePage() {
  const { status, reload } = usePeople();
  const a = useAction();
  if (!status) return <p className="page-note">正在读取人员名册…</p>;
  const admin = status.me?.roles.includes("管理员") ?? false;
  return (
    <section className="page page-people" aria-labelledby="people-title">
      <h1 id="people-title" className="page-title">
        人员与签名
      </h1>
      <p className="field-hint">
        每一步流程（提交、退回、审核、编号、签发、盖章导出）都以本人密钥签名记入审计记录；状态只按验证过的签名记录认定。
      </p>
      {status.problem && <FormError message={status.problem} />}
      {status.roster !== "ok" && (
        <>
          {status.roster === "none" && <CreateRoster onDone={reload} />}
          <ImportRoster title="加入已有单位（导入本单位名册）" onDone={reload} />
        </>
      )}
      {status.roster === "ok" && (
        <>
          <p>
            单位：{status.bureau || "（未填写单位全称）"} · 名册指纹{" "}
            <code data-testid="roster-fingerprint">{status.rosterFingerprint}</code>
            （本单位每台电脑应显示相同指纹）
          </p>
          <p data-testid="separation-state">
            分工审核：{status.separationOfDuties ? "开启（拟稿人不能审核本人文稿）" : "已关闭（审计记录中可见）"}
            {admin && (
              <button
                type="button"
                className="btn btn-small"
                disabled={a.busy}
                onClick={() =>
                  void a.run(async () => {
                    reload(await api.setSeparationOfDuties({ enabled: !status.separationOfDuties }));
                    return status.separationOfDuties ? "已关闭分工审核。" : "已开启分工审核。";
                  })
                }
              >
                {status.separationOfDuties ? "关闭分工审核" : "开启分工审核"}
              </button>
            )}
          </p>
          <table className="people-table">
            <thead>
              <tr>
                <th>姓名</th>
                <th>角色</th>
                <th>密钥指纹</th>
                <th>状态</th>
                <th>操作</th>
              </tr>
            </thead>
            <tbody>
              {status.people.map((p) => (
                <PersonRow key={`${p.id}:${p.roles.join()}:${p.active}`} p={p} admin={admin} onDone={reload} />
              ))}
            </tbody>
          </table>
          <div className="people-actions">
            <button
              type="button"
              className="btn"
              disabled={a.busy}
              onClick={() =>
                void a.run(async () => {
                  const r = completeDelivery((await api.exportRoster({})).delivery);
                  return r ? `名册${r.where}。` : "已取消。";
                })
              }
            >
              导出名册
            </button>
          </div>
          {admin && <AddPerson onDone={reload} />}
          {admin && <AcceptJoin onDone={reload} />}
          <ImportRoster title="导入名册更新" onDone={reload} />
        </>
      )}
      {status.pending.length > 0 && (
        <p className="field-hint" data-testid="pending-identities">
          本机有等待加入名册的身份：
          {status.pending.map((p) => `${p.name}（指纹 ${p.fingerprint}）`).join("、")}。管理员加入后导入新名册即可登录。
        </p>
      )}
      <JoinRequest />
      <Outcome message={a.message} />
    </section>
  );
}
