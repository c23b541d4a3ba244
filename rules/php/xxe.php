<?php

$xml = file_get_contents('php://input');
$doc = new DOMDocument();
// ruleid: php.libxml.xxe
$doc->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD);

// ruleid: php.libxml.xxe
$data = simplexml_load_string($xml, 'SimpleXMLElement', LIBXML_NOENT);

// ruleid: php.libxml.xxe
libxml_disable_entity_loader(false);

// --- Safe versions ---

// ok: php.libxml.xxe
$doc->loadXML($xml, LIBXML_NONET);
// ok: php.libxml.xxe
$data = simplexml_load_string($xml);
