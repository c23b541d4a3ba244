import jwt from "jsonwebtoken";

// ruleid: typescript.lang.hardcoded-credential
const JWT_SECRET: string = "change-this-secret-2024";
// ok: typescript.lang.hardcoded-credential
const SESSION_SECRET: string = process.env.SESSION_SECRET ?? "";

interface DbConfig {
  password: string;
}

const dbConfig: DbConfig = {
  // ruleid: javascript.lang.hardcoded-credential
  password: "P@ssw0rd!",
};

export function issue(id: string): string {
  // ruleid: javascript.lang.hardcoded-credential
  return jwt.sign({ id }, "hardcodedSigningKey", { algorithm: "HS256" });
}

export { JWT_SECRET, SESSION_SECRET, dbConfig };
