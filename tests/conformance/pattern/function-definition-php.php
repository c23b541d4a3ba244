<?php
// ruleid: compat.function-definition-php
function save($a) {
    return 1;
}
