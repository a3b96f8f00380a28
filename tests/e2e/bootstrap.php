<?php
/**
 * PHPUnit bootstrap for the end-to-end suite. The site must be running
 * (tests/e2e/run.sh starts it; or tests/e2e/stack.sh start by hand).
 */

declare(strict_types=1);

require_once __DIR__ . '/lib/SnsSigner.php';
require_once __DIR__ . '/lib/SesPayload.php';
require_once __DIR__ . '/lib/Site.php';
require_once __DIR__ . '/lib/AdminPage.php';
require_once __DIR__ . '/lib/WebDriver.php';
require_once __DIR__ . '/lib/Faults.php';
require_once __DIR__ . '/tests/E2eTestCase.php';
require_once __DIR__ . '/tests/faults/FaultTestCase.php';
