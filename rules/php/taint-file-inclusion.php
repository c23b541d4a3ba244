<?php
$page = $_GET['page'];
// ruleid: php.web.file-inclusion
include $page . ".php";

// ruleid: php.web.file-inclusion
require_once("templates/" . $_GET['tpl']);

$lang = $_COOKIE['lang'];
// ruleid: php.web.file-inclusion
include_once "lang/$lang.php";

$pages = ['home' => 'home.php', 'about' => 'about.php'];
$key = $_GET['p'];
if (isset($pages[$key])) {
    // ok: php.web.file-inclusion
    include $pages[$key];
}

if (in_array($lang, ['en', 'fr', 'de'], true)) {
    // ok: php.web.file-inclusion
    include "lang/$lang.php";
}

// ok: php.web.file-inclusion
require __DIR__ . "/config.php";

// ok: php.web.file-inclusion
include "views/" . basename($_GET['view']) . ".php";
