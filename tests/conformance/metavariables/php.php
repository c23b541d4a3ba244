<?php
// ruleid: conf.metavariables.php.same
check($a == $a);
// ruleid: conf.metavariables.php.same
check($o->size() == $o -> size());
// ok: conf.metavariables.php.same
check($a == $b);
// ok: conf.metavariables.php.same
check($a != $a);
// ruleid: conf.metavariables.php.anonymous
check($a, $b);
// ok: conf.metavariables.php.anonymous
check($a);
// ruleid: conf.metavariables.php.sequence
run(FLAG);
// ruleid: conf.metavariables.php.sequence
run($a, $b, FLAG);
// ok: conf.metavariables.php.sequence
run(FLAG, $a);
