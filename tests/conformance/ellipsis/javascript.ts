// A parameter without a type in the pattern matches one with a type annotation.
// todoruleid: conf.ellipsis.javascript.params
function handler(req: Request, res: Response): void {
  res.end();
}
// todoruleid: conf.ellipsis.javascript.params
const h = (req: Request): string => req.url;
// ok: conf.ellipsis.javascript.params
function other(res: Response) {}
// ruleid: conf.ellipsis.javascript.object
const c: CorsOptions = { origin: "*", credentials: true };
// ok: conf.ellipsis.javascript.object
const d: CorsOptions = { credentials: true };
