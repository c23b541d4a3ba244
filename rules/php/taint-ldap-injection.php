<?php

$ds = ldap_connect('ldap://localhost');
$user = $_POST['username'];
$filter = "(&(objectClass=person)(uid=" . $user . "))";
// ruleid: php.web.ldap-injection
$result = ldap_search($ds, 'dc=example,dc=com', $filter);

// ruleid: php.web.ldap-injection
$bound = ldap_bind($ds, "uid=" . $_POST['username'] . ",ou=people,dc=example,dc=com", $_POST['password']);

// --- Safe versions ---

$safe = ldap_escape($_POST['username'], '', LDAP_ESCAPE_FILTER);
// ok: php.web.ldap-injection
$result = ldap_search($ds, 'dc=example,dc=com', "(&(objectClass=person)(uid=$safe))");
// ok: php.web.ldap-injection
$all = ldap_search($ds, 'dc=example,dc=com', '(objectClass=person)');
