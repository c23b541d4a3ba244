<?php
// ruleid: conf.equivalences.php
(sink($x));
// ruleid: conf.equivalences.php
sink(($x));
// ruleid: conf.equivalences.php
sink(/* c */ $x);
// ruleid: conf.equivalences.php
sink(
    $x
);
// ok: conf.equivalences.php
sink($x, $y);
// ok: conf.equivalences.php
other($x);
// ruleid: conf.equivalences.php.assign
$a = input();
// ok: conf.equivalences.php.assign
$a = output();
