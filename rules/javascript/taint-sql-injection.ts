import { PrismaClient } from "@prisma/client";
import type { NextApiRequest, NextApiResponse } from "next";

const prisma = new PrismaClient();

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const email = req.query.email as string;
  // ruleid: javascript.express.sql-injection
  const users = await prisma.$queryRawUnsafe(`SELECT * FROM "User" WHERE email = '${email}'`);
  // ok: javascript.express.sql-injection
  const same = await prisma.$queryRaw`SELECT * FROM "User" WHERE email = ${email}`;
  res.json({ users, same });
}

export async function POST(request: Request) {
  const { name } = await request.json();
  // ruleid: javascript.express.sql-injection
  await prisma.$executeRawUnsafe("DELETE FROM sessions WHERE name = '" + name + "'");
  return Response.json({ ok: true });
}
