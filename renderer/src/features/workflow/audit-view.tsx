// The audit trail of a draft: who did what, when, on which version — and a clear warning if the chain is broken.
import type { MethodOutput } from "../../../../shared/api/contract";
import { actionLabel, auditSummary } from "./audit-labels";

/** Props: the entries and the chain check, as auditTrail returns them, and how to name a comment's anchor. */
export interface AuditViewProps {
  readonly trail: MethodOutput<"auditTrail">;
  readonly place: (anchor: string) => string;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** Local time with seconds: entries of one minute still read in order. */
function timeWithSeconds(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const day = `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
  return `${day} ${pad(t.getHours())}:${pad(t.getMinutes())}:${pad(t.getSeconds())}`;
}

/** How a row's signature reads. */
function signatureText(t: MethodOutput<"auditTrail">["trust"][number] | undefined): string {
  switch (t?.trust) {
    case "signed":
      return `已验证签名${t.fingerprint ? `（${t.fingerprint}）` : ""}`;
    case "legacy":
      return "旧记录，未签名";
    case "unsigned":
      return "无需签名";
    default:
      return "签名无效";
  }
}

/** The 审计记录 table (oldest first) under the chain check, with each entry's signature as verified. */
export function AuditView({ trail, place }: AuditViewProps) {
  const { entries, verification } = trail;
  const trustBySeq = new Map(trail.trust.map((t) => [t.seq, t]));
  return (
    <section className="wf-audit" aria-label="审计记录">
      {verification.ok ? (
        <p role="status" className="form-ok" data-testid="audit-chain">
          审计链完整：共 {verification.count} 条记录，逐条校验无误。
        </p>
      ) : (
        <div role="alert" className="banner banner-error" data-testid="audit-chain">
          <p>
            <strong>审计记录已被改动或删除：</strong>
            {verification.message}下表只列出校验通过的前 {entries.length} 条；请从备份恢复数据文件夹，或联系管理员核查。
          </p>
        </div>
      )}
      <p className="wf-note" data-testid="separation-of-duties">
        {trail.separationOfDuties ? "分工审核：开启（拟稿人不能审核本人文稿）。" : "分工审核：已由管理员关闭。"}
        {trail.policyChanges.map(
          (c) => ` ${timeWithSeconds(c.time)} ${c.by}${c.enabled ? "开启" : "关闭"}了分工审核。`,
        )}
      </p>
      <table className="wf-audit-table" aria-label="审计记录表">
        <thead>
          <tr>
            <th scope="col">序号</th>
            <th scope="col">时间</th>
            <th scope="col">操作人</th>
            <th scope="col">操作</th>
            <th scope="col">版本</th>
            <th scope="col">说明</th>
            <th scope="col">签名</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={`${e.seq}-${e.hash}`}>
              <td>{e.seq}</td>
              <td>{timeWithSeconds(e.time)}</td>
              <td>
                {e.actor.name}（{e.actor.role}）
              </td>
              <td>{actionLabel(e.action)}</td>
              <td>{e.version !== null ? `第 ${e.version} 版` : "—"}</td>
              <td>{auditSummary(e, place)}</td>
              <td>{signatureText(trustBySeq.get(e.seq))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
