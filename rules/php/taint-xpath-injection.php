<?php

$doc = new DOMDocument();
$doc->load('users.xml');
$xpath = new DOMXPath($doc);
$name = $_GET['name'];
// ruleid: php.web.xpath-injection
$nodes = $xpath->query("//user[name='" . $name . "']");

$xml = simplexml_load_file('users.xml');
// ruleid: php.web.xpath-injection
$users = $xml->xpath("//user[@id='{$_GET['id']}']");

// --- Safe versions ---

$id = intval($_GET['id']);
// ok: php.web.xpath-injection
$users = $xml->xpath("//user[@id='$id']");
// ok: php.web.xpath-injection
$rows = $pdo->query("SELECT 1");
