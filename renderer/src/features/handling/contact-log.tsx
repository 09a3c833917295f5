// 沟通记录: the contacts with the proposer (办前/办中/办后) and a form to log one.
import { useState } from "react";
import type { MethodOutput } from "../../../../shared/api/contract";
import { ContactPhase, ContactWay } from "../../../../shared/handling/schemas";
import { api } from "../../api";
import { todayLocal } from "./today";
import { useHandlingAction } from "./use-handling-action";

type View = MethodOutput<"handlingView">;

/** The contact list and, when the rulebook allows, the form to add one. */
export function ContactLog({ id, view, onChanged }: { id: string; view: View; onChanged: () => void }) {
  const [phase, setPhase] = useState<ContactPhase>("办前");
  const [way, setWay] = useState<ContactWay>("面商");
  const [date, setDate] = useState(todayLocal());
  const [ours, setOurs] = useState("");
  const [theirs, setTheirs] = useState("");
  const [summary, setSummary] = useState("");
  const action = useHandlingAction(onChanged);
  const refusal = view.refusals["recordContact"] ?? null;
  const add = () =>
    action.run(async () => {
      await api.addContact({ id, contact: { phase, way, date, ours, theirs, summary } });
      setSummary("");
      return "已登记沟通记录。";
    });
  return (
    <section aria-label="沟通记录" className="handling-box">
      <h3>沟通记录</h3>
      {view.record.contacts.length === 0 ? (
        <p className="page-note">还没有沟通记录。</p>
      ) : (
        <table className="handling-table">
          <thead>
            <tr>
              <th>阶段</th>
              <th>日期</th>
              <th>方式</th>
              <th>我方</th>
              <th>沟通对象</th>
              <th>情况</th>
            </tr>
          </thead>
          <tbody>
            {view.record.contacts.map((c) => (
              <tr key={c.id}>
                <td>{c.phase}</td>
                <td>{c.date}</td>
                <td>{c.way}</td>
                <td>{c.ours}</td>
                <td>{c.theirs}</td>
                <td>{c.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {refusal === null && (
        <div className="handling-form">
          <label>
            阶段
            <select value={phase} onChange={(e) => setPhase(ContactPhase.parse(e.target.value))}>
              {ContactPhase.options.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
          <label>
            方式
            <select value={way} onChange={(e) => setWay(ContactWay.parse(e.target.value))}>
              {ContactWay.options.map((w) => (
                <option key={w}>{w}</option>
              ))}
            </select>
          </label>
          <label>
            日期
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <label>
            我方人员
            <input value={ours} onChange={(e) => setOurs(e.target.value)} />
          </label>
          <label>
            沟通对象
            <input value={theirs} onChange={(e) => setTheirs(e.target.value)} />
          </label>
          <label className="handling-wide">
            沟通情况
            <input value={summary} onChange={(e) => setSummary(e.target.value)} />
          </label>
          <button type="button" className="btn" disabled={action.busy} onClick={() => void add()}>
            登记沟通
          </button>
        </div>
      )}
      {action.error && (
        <p role="alert" className="form-error">
          {action.error}
        </p>
      )}
    </section>
  );
}
