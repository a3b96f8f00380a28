<?php
/**
 * Refuses to run anywhere but under run.sh: the tests call the real
 * extension, configured with the test-only directives, and talk to the local
 * HTTPS SNS stand-ins that run.sh starts.
 */

declare(strict_types=1);

if ( ! extension_loaded( 'quillcrm_sns' ) ) {
	fwrite( STDERR, "The quillcrm_sns extension is not loaded: run tests/php/run.sh.\n" );
	exit( 2 );
}
foreach ( array( 'QUILLCRM_SO', 'QUILLCRM_TEST_SNS_LOG', 'QUILLCRM_TEST_CA_FILE', 'QUILLCRM_TEST_RESOLVE' ) as $name ) {
	if ( false === getenv( $name ) ) {
		fwrite( STDERR, "$name is not set: run tests/php/run.sh.\n" );
		exit( 2 );
	}
}

require __DIR__ . '/../e2e/lib/SnsSigner.php';
require __DIR__ . '/lib/SnsMessages.php';
require __DIR__ . '/lib/SesPayloads.php';
require __DIR__ . '/lib/PhpProcess.php';
require __DIR__ . '/tests/ExtensionTestCase.php';
