<?php
/**
 * Refuses to run anywhere but under run.sh, which runs the suite twice:
 * against the real extension, configured with the test-only directives, and
 * against the plain-PHP fallback (QUILLCRM_IMPLEMENTATION=php, a PHP without
 * the extension, which reads the same test-only directives). Both
 * talk to the local HTTPS SNS stand-ins that run.sh starts. Tests of the
 * extension itself are in the group extension-only, of the fallback itself
 * in polyfill-only.
 */

declare(strict_types=1);

if ( 'php' === getenv( 'QUILLCRM_IMPLEMENTATION' ) ) {
	if ( extension_loaded( 'quillcrm_sns' ) ) {
		fwrite( STDERR, "QUILLCRM_IMPLEMENTATION=php wants a PHP without the quillcrm_sns extension.\n" );
		exit( 2 );
	}
	require dirname( __DIR__, 2 ) . '/php/polyfill/quillcrm-sns.php';
} elseif ( ! extension_loaded( 'quillcrm_sns' ) ) {
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
