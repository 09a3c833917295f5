// The 账号登录 page: plain HTML, a stylesheet and a script served by the server (the CSP allows no inline code).

/** GET /login */
export const SIGN_IN_HTML = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>账号登录 - 答复函工作台</title>
<link rel="stylesheet" href="/login.css">
<script type="module" src="/login.js"></script>
</head>
<body>
<main>
<h1>答复函工作台</h1>
<h2 id="heading">账号登录</h2>
<form id="sign-in">
<label>账号<input name="login" autocomplete="username" required></label>
<label>密码<input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">登录</button>
</form>
<form id="change" hidden>
<p>这是管理员为您设置的初始密码，请先设置新密码（至少 10 个字符）。</p>
<label>新密码<input name="next" type="password" autocomplete="new-password" required></label>
<label>再次输入新密码<input name="again" type="password" autocomplete="new-password" required></label>
<button type="submit">设置新密码</button>
</form>
<p id="message" role="alert"></p>
</main>
</body>
</html>
`;

/** GET /login.css */
export const SIGN_IN_CSS = `body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;background:#f4f5f7;margin:0}
main{max-width:360px;margin:12vh auto;background:#fff;padding:32px;border-radius:8px;box-shadow:0 2px 8px #0002}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;font-weight:normal;color:#555;margin:0 0 20px}
label{display:block;margin:12px 0;font-size:14px}input{display:block;width:100%;box-sizing:border-box;padding:8px;margin-top:4px;font-size:15px}
button{width:100%;padding:10px;font-size:15px;background:#b3261e;color:#fff;border:0;border-radius:4px;cursor:pointer}
#message{color:#b3261e;min-height:1.5em;font-size:14px}`;

/** GET /login.js */
export const SIGN_IN_JS = `const $ = (id) => document.getElementById(id);
let current = "";
async function post(path, body) {
  const res = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body), credentials: "same-origin" });
  const data = await res.json().catch(() => ({ ok: false, error: { message: "服务器没有响应，请稍后再试。" } }));
  if (!data.ok) throw new Error(data.error?.message ?? "操作失败");
  return data.value;
}
$("sign-in").addEventListener("submit", async (e) => {
  e.preventDefault();
  const f = new FormData(e.target);
  $("message").textContent = "";
  try {
    current = String(f.get("password"));
    const me = await post("/auth/sign-in", { login: String(f.get("login")), password: current });
    if (me.mustChangePassword) {
      $("sign-in").hidden = true; $("change").hidden = false; $("heading").textContent = "设置新密码";
    } else location.assign("/");
  } catch (err) { $("message").textContent = err.message; }
});
$("change").addEventListener("submit", async (e) => {
  e.preventDefault();
  const f = new FormData(e.target);
  if (f.get("next") !== f.get("again")) { $("message").textContent = "两次输入的新密码不一致。"; return; }
  try {
    await post("/auth/change-password", { current, next: String(f.get("next")) });
    location.assign("/");
  } catch (err) { $("message").textContent = err.message; }
});
`;
