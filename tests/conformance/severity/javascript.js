// ruleid: conf.severity.javascript.info
info();
// ruleid: conf.severity.javascript.medium
medium();
// ok: conf.severity.javascript.info, conf.severity.javascript.medium
other();
