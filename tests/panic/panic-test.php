<?php
/**
 * Panic safety (tests/panic/run.sh). Run with the extension built with the
 * cargo feature test-panic-trigger: a Rust panic inside the handler reaches
 * PHP as a catchable \Error, and the next quillcrm_sns_handle() call in the
 * same process still works. Run with `production` as the argument against
 * the production .so: it must not have the trigger at all.
 */

declare(strict_types=1);

use QuillCRM\E2E\SnsSigner;

require dirname( __DIR__ ) . '/e2e/lib/SnsSigner.php';

const TOPIC   = 'arn:aws:sns:us-east-1:123456789012:ses-bounces';
const KEY     = 's3cr3t-webhook-key';
const NOW     = 1795694400; // 2026-11-26T12:00:00Z.
const NOW_ISO = '2026-11-26T12:00:00.000Z';

$failures = 0;
function check( bool $ok, string $what ): void {
	global $failures;
	echo ( $ok ? 'ok   ' : 'FAIL ' ), $what, "\n";
	if ( ! $ok ) {
		++$failures;
	}
}

if ( ( $argv[1] ?? '' ) === 'production' ) {
	check( function_exists( 'quillcrm_sns_handle' ), 'production build: quillcrm_sns_handle() exists' );
	check( ! function_exists( 'quillcrm_sns_test_panic' ), 'production build: quillcrm_sns_test_panic() does not exist' );
	exit( $failures > 0 ? 1 : 0 );
}

$pki = dirname( __DIR__ ) . '/fixtures/pki';
$url = 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-' . str_repeat( '01', 16 ) . '.pem';
// The signing certificate, in the extension's disk cache format
// (src/certificate_cache.rs): quillcrm_sns_handle() needs no network.
$cache_dir = ini_get( 'quillcrm_sns.cache_dir' );
mkdir( $cache_dir, 0700, true );
file_put_contents( "$cache_dir/" . hash( 'sha256', $url ) . '.pem', "production\n" . $url . "\n" . file_get_contents( "$pki/signing.pem" ) );
chmod( "$cache_dir/" . hash( 'sha256', $url ) . '.pem', 0600 );

$message = array(
	'Type'             => 'Notification',
	'MessageId'        => '5f2d7c1e-9a9b-5b3c-9d55-0c6f2a1b7e11',
	'TopicArn'         => TOPIC,
	'Message'          => '{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bouncedRecipients":[{"emailAddress":"jane@example.com"}]}}',
	'Timestamp'        => NOW_ISO,
	'SignatureVersion' => '2',
	'SigningCertURL'   => $url,
);
$body    = json_encode( ( new SnsSigner( "$pki/signing.key" ) )->sign( $message ), JSON_UNESCAPED_SLASHES );
$request = array( 'key' => KEY, 'expected_key' => KEY, 'now' => NOW );

check( function_exists( 'quillcrm_sns_test_panic' ), 'test build: quillcrm_sns_test_panic() exists' );
$first = quillcrm_sns_handle( $body, $request );
check( 'bounce' === $first['outcome'], "before the panic: quillcrm_sns_handle() answers bounce (got {$first['outcome']})" );

for ( $round = 1; $round <= 3; $round++ ) {
	$caught = null;
	try {
		quillcrm_sns_test_panic( $body, $request );
	} catch ( \Error $e ) {
		$caught = $e;
	}
	check( null !== $caught, "round $round: the panic reached PHP as a catchable \\Error" );
	if ( null !== $caught ) {
		check( str_contains( $caught->getMessage(), 'deliberate panic' ), "round $round: its message names the panic (" . get_class( $caught ) . ': ' . $caught->getMessage() . ')' );
	}
	$after = quillcrm_sns_handle( $body, $request );
	check( 200 === $after['status'] && 'bounce' === $after['outcome'], "round $round: the next quillcrm_sns_handle() in the same process still works ({$after['outcome']})" );
	$wrong = quillcrm_sns_handle( $body, array( 'key' => 'wrong' ) + $request );
	check( 'invalid_key' === $wrong['error'], "round $round: and still rejects a wrong key ({$wrong['error']})" );
}
// A delivery that never reaches the certificate fetch does not panic.
$early = quillcrm_sns_test_panic( '{}', array( 'key' => 'wrong' ) + $request );
check( 'invalid_key' === $early['error'], 'the trigger only fires at the certificate fetch' );
check( is_array( quillcrm_sns_info() ), 'quillcrm_sns_info() still works' );

echo $failures > 0 ? "panic-test.php: FAIL ($failures)\n" : "panic-test.php: PASS\n";
exit( $failures > 0 ? 1 : 0 );
