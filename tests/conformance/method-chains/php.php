<?php
// ruleid: conf.method-chains.php
$db->table("u")->where($w)->get();
// ruleid: conf.method-chains.php
$q->where("a", $b)->get();
// ok: conf.method-chains.php
$q->get();
// ok: conf.method-chains.php
$q->where($w)->first();
// todoruleid: conf.method-chains.php.ellipsis
$x->open()->a()->b()->close();
// todoruleid: conf.method-chains.php.ellipsis
$x->open()->close();
// ok: conf.method-chains.php.ellipsis
$x->reopen()->close();
