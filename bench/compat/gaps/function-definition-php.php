<?php
// todoruleid: compat.function-definition-php
function save($a) {
    return 1;
}
