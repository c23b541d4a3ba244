import * as child_process from "node:child_process";
import { promisify } from "node:util";
import cp from "child_process";
import * as sh from "node:child_process";

const execAsync = promisify(child_process.exec);

export async function diskUsage(path: string): Promise<string> {
  // ruleid: javascript.child-process.exec-injection
  const out = child_process.execSync(`du -sh ${path}`);
  return out.toString();
}

export function kill(pid: string): void {
  // ruleid: javascript.child-process.exec-injection
  cp.exec("kill -9 " + pid);
}

export function killSafe(pid: number): void {
  // ok: javascript.child-process.exec-injection
  cp.execFile("kill", ["-9", String(pid)]);
}

export function matches(pattern: RegExp, name: string): boolean {
  // ok: javascript.child-process.exec-injection
  return pattern.exec(`prefix-${name}`) !== null;
}

export function archive(dir: string): Buffer {
  // ruleid: javascript.child-process.exec-injection
  return sh.execSync(`tar czf /tmp/backup.tgz ${dir}`);
}
