import { exec } from "node:child_process";
import type { Request, Response } from "express";

export function diskUsage(req: Request, res: Response): void {
  const dir = req.query.dir as string;
  // ruleid: javascript.express.command-injection
  exec(`du -sh ${dir}`, (err, stdout) => res.send(stdout));
}

export function cli(): void {
  // Command-line arguments: javascript.node.cli-input-injection reports them.
  // ok: javascript.express.command-injection
  exec("git log " + process.argv[2]);
}

export function diskUsageSafe(req: Request, res: Response): void {
  const depth: number = Number(req.query.depth);
  // ok: javascript.express.command-injection
  exec(`du -d ${depth} -h /srv/data`, (err, stdout) => res.send(stdout));
}
