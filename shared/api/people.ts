// Contract methods for people: the bureau roster, sign-in, and roster exchange between the bureau's PCs.
import { z } from "zod";
import { UserRole } from "../model/settings";
import { DeliverySchema } from "./delivery";
import { method } from "./define";

const Ok = z.object({ ok: z.literal(true) });
const Password = z.string().min(1, "请填写密码").max(200);
const PersonRef = z.object({ personId: z.string().regex(/^p[0-9a-f]{16}$/, "人员编号格式不对") });
const Roles = z.array(UserRole).min(1, "请至少选择一个角色").max(5);
/** Largest roster or join-request file accepted (base64 of 5 MB). */
const FILE_BASE64 = z.string().min(1).max(7_000_000);

/** One person as the UI shows them. */
export const PersonViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  roles: z.array(UserRole),
  fingerprint: z.string(),
  active: z.boolean(),
  canSignInHere: z.boolean(),
  mustChangePassword: z.boolean(),
});
/** One person as the UI shows them. */
export type PersonViewData = z.infer<typeof PersonViewSchema>;

/** The state of people on this PC. */
export const PeopleStatusSchema = z.object({
  /** none: no roster yet; ok: verified; broken: quarantined (see problem). */
  roster: z.enum(["none", "ok", "broken"]),
  problem: z.string().nullable(),
  bureau: z.string(),
  /** Fingerprint of the roster's first entry: every PC of the bureau shows the same. */
  rosterFingerprint: z.string().nullable(),
  separationOfDuties: z.boolean(),
  people: z.array(PersonViewSchema),
  me: PersonViewSchema.nullable(),
  pending: z.array(z.object({ id: z.string(), name: z.string(), fingerprint: z.string() })),
});
/** The state of people on this PC. */
export type PeopleStatus = z.infer<typeof PeopleStatusSchema>;

/** People domain of the contract. */
export const peopleMethods = {
  peopleStatus: method("单位人员名册、本机可登录的人和当前登录人", z.object({}), PeopleStatusSchema),
  createRoster: method(
    "首次使用：创建单位人员名册和第一位管理员（同时可兼任其他角色），并以其身份登录",
    z.object({
      name: z.string().trim().min(1, "请填写姓名").max(50),
      password: Password,
      roles: z.array(UserRole).max(5).default([]),
    }),
    PeopleStatusSchema,
  ),
  signIn: method("登录（密码连续错误 5 次锁定 15 分钟）", PersonRef.extend({ password: Password }), PeopleStatusSchema),
  signOut: method("退出登录", z.object({}), PeopleStatusSchema),
  changePassword: method(
    "修改本人密码（首次登录必须修改管理员设置的初始密码）",
    z.object({ oldPassword: Password, newPassword: Password }),
    Ok,
  ),
  addPerson: method(
    "管理员在本机添加人员并设置初始密码（本人首次登录时修改）",
    z.object({ name: z.string().trim().min(1, "请填写姓名").max(50), roles: Roles, password: Password }),
    PeopleStatusSchema,
  ),
  setPersonRoles: method("管理员修改人员角色", PersonRef.extend({ roles: Roles }), PeopleStatusSchema),
  revokePerson: method("管理员注销离职人员（此后该密钥的操作被拒绝，之前的记录仍有效）", PersonRef, PeopleStatusSchema),
  setSeparationOfDuties: method(
    "管理员开启或关闭分工审核（关闭后拟稿人可审核本人文稿，审计视图会显示）",
    z.object({ enabled: z.boolean() }),
    PeopleStatusSchema,
  ),
  exportRoster: method(
    "导出本单位人员名册，供本单位其他电脑导入",
    z.object({}),
    z.object({ delivery: DeliverySchema }),
  ),
  importRoster: method(
    "导入本单位人员名册（校验全部签名；只接受同一名册的更新）",
    z.object({ base64: FILE_BASE64 }),
    z.object({ added: z.number().int(), status: PeopleStatusSchema }),
  ),
  createJoinRequest: method(
    "在本机生成本人密钥和加入申请（交给管理员核对指纹后加入名册）",
    z.object({ name: z.string().trim().min(1, "请填写姓名").max(50), password: Password }),
    z.object({ delivery: DeliverySchema, fingerprint: z.string() }),
  ),
  acceptJoinRequest: method(
    "管理员接受加入申请并授予角色",
    z.object({ base64: FILE_BASE64, roles: Roles }),
    PeopleStatusSchema,
  ),
} as const;
