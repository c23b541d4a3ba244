import cp from 'child_process';
// todoruleid: compat.other-load-failures.import
cp.exec(cmd);

// todoruleid: compat.other-load-failures.negative-only
window.addEventListener('message', function(e) { run(e.data); });
// ok: compat.other-load-failures.negative-only
window.addEventListener('message', function(e) { if (e.origin === 'https://a.example') run(e.data); });
