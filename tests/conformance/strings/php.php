<?php
// ruleid: conf.strings.php.any
sink("a");
// ruleid: conf.strings.php.any
sink('b');
// ok: conf.strings.php.any
sink($x);
// ok: conf.strings.php.any
sink("x $y");
// ruleid: conf.strings.php.exact
check("a");
// ruleid: conf.strings.php.exact
check('a');
// ok: conf.strings.php.exact
check("b");
