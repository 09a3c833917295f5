// The seam for how a person proves who they are: passwords here, a bureau's 统一身份认证 later.

/** Who an AuthProvider says signed in. */
export interface AuthenticatedPerson {
  readonly personId: string;
  /** The person must choose a new password before doing anything else. */
  readonly mustChangePassword: boolean;
}

/** Checks credentials; refusals are AppErrors with a Chinese message (locked, disabled, wrong password). */
export interface AuthProvider {
  /** A name for the sign-in record, e.g. "password". */
  readonly kind: string;
  /** Resolves to the person, or rejects. */
  authenticate(credentials: { readonly login: string; readonly secret: string }): Promise<AuthenticatedPerson>;
}
