<?php
// ruleid: compat.function-definition-php
function save($a) {
    return 1;
}

// ok: compat.function-definition-php
$save = fn($a) => 1;
