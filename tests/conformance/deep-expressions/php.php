<?php
// ruleid: conf.deep-expressions.php
sink(source());
// ruleid: conf.deep-expressions.php
sink("a" . source());
// ruleid: conf.deep-expressions.php
sink(f(g(source())));
// ok: conf.deep-expressions.php
sink($x);
// ok: conf.deep-expressions.php
sink(source);
// ok: conf.deep-expressions.php
other("a" . source());
