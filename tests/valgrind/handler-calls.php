<?php
/**
 * 1,000 quillcrm_sns_handle() calls in one PHP process, for valgrind
 * (tests/valgrind/run.sh): valid, invalid and hostile bodies, and bad
 * request arrays that must throw. Messages are signed with
 * tests/fixtures/pki/signing.key by the e2e suite's SnsSigner
 * (tests/e2e/lib/SnsSigner.php); the signing certificate is
 * read from a disk cache this script fills before the first call, in the
 * extension's format (src/certificate_cache.rs): <cache_dir>/<sha256 hex of
 * the URL>.pem = "test-only trust\n" (run.sh sets test_resolve), URL, "\n",
 * PEM; directory 0700, file 0600. Certificate URLs
 * that are not cached go to a local port nobody listens on
 * (quillcrm_sns.test_resolve), so nothing leaves the machine.
 *
 * Prints one line per outcome and exits 1 if any call answered other than
 * expected.
 */

declare(strict_types=1);

use QuillCRM\E2E\SnsSigner;

require dirname( __DIR__ ) . '/e2e/lib/SnsSigner.php';

const TOPIC   = 'arn:aws:sns:us-east-1:123456789012:ses-bounces';
const KEY     = 's3cr3t-webhook-key';
const NOW     = 1795694400; // 2026-11-26T12:00:00Z.
const NOW_ISO = '2026-11-26T12:00:00.000Z';
const TOKEN   = '2336412f37fb687f5d51e6e2425929f52e8e353134fe72d55ef8b330217d82da';
const CALLS   = 1000;

$pki = dirname( __DIR__ ) . '/fixtures/pki';

function cert_url( int $id, string $region = 'us-east-1' ): string {
	return "https://sns.$region.amazonaws.com/SimpleNotificationService-" . str_repeat( sprintf( '%02x', $id ), 16 ) . '.pem';
}

function cache_certificate( string $dir, string $url, string $pem ): void {
	$file = $dir . '/' . hash( 'sha256', $url ) . '.pem';
	file_put_contents( $file, "test-only trust\n" . $url . "\n" . $pem );
	chmod( $file, 0600 );
}

/** The JSON body of $m signed with $signer (the e2e suite's SNS signer). */
function signed( array $m, SnsSigner $signer ): string {
	return json_encode( $signer->sign( $m ), JSON_UNESCAPED_SLASHES );
}

function notification( string $message, string $version = '1', int $cert = 1 ): array {
	return array(
		'Type'             => 'Notification',
		'MessageId'        => sprintf( '5f2d7c1e-9a9b-5b3c-9d55-%012d', random_int( 0, 999999 ) ),
		'TopicArn'         => TOPIC,
		'Subject'          => 'Amazon SES Email Event Notification',
		'Message'          => $message,
		'Timestamp'        => NOW_ISO,
		'SignatureVersion' => $version,
		'SigningCertURL'   => cert_url( $cert ),
		'UnsubscribeURL'   => 'https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=' . TOPIC . ':0b3c',
	);
}

function confirmation( string $type ): array {
	$m = notification( 'You have chosen to subscribe to the topic ' . TOPIC . '.' );
	unset( $m['Subject'], $m['UnsubscribeURL'] );
	$m['Type']         = $type;
	$m['Token']        = TOKEN;
	$m['SubscribeURL'] = 'https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=' . TOPIC . '&Token=' . TOKEN;
	return $m;
}

function bounce( string $type, string $email ): string {
	return json_encode( array(
		'notificationType' => 'Bounce',
		'bounce'           => array(
			'bounceType'        => $type,
			'bounceSubType'     => 'General',
			'bouncedRecipients' => array( array( 'emailAddress' => $email, 'action' => 'failed', 'status' => '5.1.1', 'diagnosticCode' => 'smtp; 550 5.1.1 user unknown' ) ),
			'timestamp'         => NOW_ISO,
			'feedbackId'        => '0100019a-feedback-0001',
		),
		'mail'             => array( 'messageId' => '0100019a-mail-0001', 'source' => 'news@shop.example', 'destination' => array( $email ) ),
	) );
}

// The disk cache, filled before the first call.
$cache_dir = ini_get( 'quillcrm_sns.cache_dir' );
if ( ! is_string( $cache_dir ) || '' === $cache_dir ) {
	fwrite( STDERR, "handler-calls.php: run it through tests/valgrind/run.sh (quillcrm_sns.cache_dir is not set)\n" );
	exit( 2 );
}
if ( ! is_dir( $cache_dir ) ) {
	mkdir( $cache_dir, 0700, true );
}
chmod( $cache_dir, 0700 );
cache_certificate( $cache_dir, cert_url( 1 ), file_get_contents( "$pki/signing.pem" ) );
cache_certificate( $cache_dir, cert_url( 4 ), file_get_contents( "$pki/signing-expired.pem" ) );
cache_certificate( $cache_dir, cert_url( 5 ), file_get_contents( "$pki/signing-wrong-name.pem" ) );
// A swapped file: the name of id 6, another certificate inside.
cache_certificate( $cache_dir, cert_url( 6 ), file_get_contents( "$pki/test-ca.pem" ) );
$signer = new SnsSigner( "$pki/signing.key" );

// Expected answers: [body, request overrides, expected error code or 'ok'
// ('a|b': either; a key read from the disk cache that does not verify is
// refetched, and here the fetch is refused, so the answer depends on whether
// the previous call left the key in memory)]. Certificates that fail the
// checks are never trusted from the disk cache: refetched, refused.
$cases = array();
$ok    = static function ( string $body, array $req = array() ) use ( &$cases ) {
	$cases[] = array( $body, $req, 'ok' );
};
$err   = static function ( string $body, string $code, array $req = array() ) use ( &$cases ) {
	$cases[] = array( $body, $req, $code );
};

foreach ( array( '1', '2' ) as $v ) {
	$ok( signed( notification( bounce( 'Permanent', '"Jane Doe" <Jane@Example.com>' ), $v ), $signer ) );
	$ok( signed( notification( bounce( 'Transient', "bob+$v@example.org" ), $v ), $signer ) );
	$ok( signed( notification( bounce( 'Undetermined', 'zoë@exämple.de' ), $v ), $signer ) );
	$ok( signed( notification( json_encode( array( 'eventType' => 'Complaint', 'complaint' => array( 'complaintFeedbackType' => 'abuse', 'complainedRecipients' => array( array( 'emailAddress' => 'c@example.com' ) ) ) ) ), $v ), $signer ) );
	$ok( signed( notification( json_encode( array( 'notificationType' => 'Complaint', 'complaint' => array( 'complaintFeedbackType' => 'not-spam', 'complainedRecipients' => array( array( 'emailAddress' => 'c@example.com' ) ) ) ) ), $v ), $signer ) );
	$ok( signed( notification( json_encode( array( 'notificationType' => 'Delivery', 'delivery' => array( 'recipients' => array( 'd@example.com', 'not an address' ) ) ) ), $v ), $signer ) );
	$ok( signed( notification( 'plain text, not SES', $v ), $signer ) );
	$ok( signed( confirmation( 'SubscriptionConfirmation' ), $signer ), array( 'confirm' => false ) );
	$ok( signed( confirmation( 'UnsubscribeConfirmation' ), $signer ) );
	$good = signed( notification( bounce( 'Permanent', 'h@example.com' ), $v ), $signer );
	$ok( $good, array( 'allowed_topics' => array( TOPIC ), 'headers' => array( 'x-amz-sns-message-type' => 'Notification', 'X-Amz-Sns-Topic-Arn' => TOPIC ) ) );
	// Invalid: the key, the clock, the topic, the headers.
	$err( $good, 'invalid_key', array( 'key' => 'wrong' ) );
	$err( $good, 'invalid_key', array( 'key' => null ) );
	$err( $good, 'stale_message', array( 'now' => NOW + 10000 ) );
	$err( $good, 'stale_message', array( 'now' => NOW - 1000 ) );
	$err( $good, 'stale_message', array( 'now' => PHP_INT_MIN ) );
	// The cached key has expired by then: refetched, and the fetch is refused.
	$err( $good, 'cert_unavailable', array( 'now' => PHP_INT_MAX ) );
	$err( $good, 'topic_not_allowed', array( 'allowed_topics' => array( TOPIC . '-other' ) ) );
	$err( $good, 'header_mismatch', array( 'headers' => array( 'HTTP_X_AMZ_SNS_MESSAGE_TYPE' => 'SubscriptionConfirmation' ) ) );
	$err( $good, 'raw_message_delivery', array( 'headers' => array( 'x-amz-sns-rawdelivery' => 'true' ) ) );
	// Invalid: the signature and the certificate.
	$err( str_replace( 'Jane@Example.com', 'Jane@Example.con', signed( notification( bounce( 'Permanent', 'Jane@Example.com' ), $v ), $signer ) ), 'invalid_signature|cert_unavailable' );
	$other = '1' === $v ? '2' : '1';
	$err( str_replace( "\"SignatureVersion\":\"$v\"", "\"SignatureVersion\":\"$other\"", $good ), 'invalid_signature|cert_unavailable' );
	$err( signed( notification( bounce( 'Permanent', 'x@example.com' ), $v, 4 ), $signer ), 'cert_unavailable' );
	$err( signed( notification( bounce( 'Permanent', 'x@example.com' ), $v, 5 ), $signer ), 'cert_unavailable' );
	$err( signed( notification( bounce( 'Permanent', 'x@example.com' ), $v, 6 ), $signer ), 'cert_unavailable' );
	$err( signed( notification( bounce( 'Permanent', 'x@example.com' ), $v, 7 ), $signer ), 'cert_unavailable' );
}
$m                   = notification( 'x' );
$m['SigningCertURL'] = 'https://sns.us-east-1.amazonaws.com.evil.example/SimpleNotificationService-' . str_repeat( 'ab', 16 ) . '.pem';
$err( signed( $m, $signer ), 'invalid_cert_url' );
$m['SigningCertURL'] = 'https://sns.us-east-1.amazonaws.com/?Action=CreateTopic&x=.pem';
$err( signed( $m, $signer ), 'invalid_cert_url' );
$m                     = notification( 'x' );
$m['SignatureVersion'] = '3';
$err( json_encode( $m ), 'unsupported_signature_version' );
// Hostile bodies.
$err( '', 'malformed_body' );
$err( 'not json', 'malformed_body' );
$err( "{\"Type\":\"Notification\",\"Message\":\"\xff\xfe\"}", 'malformed_body' );
$err( "{\"Type\":\"Notification\0\"}", 'malformed_body' );
$err( str_repeat( '[', 100000 ), 'malformed_body' );
$err( str_repeat( '{"a":', 5000 ) . '1' . str_repeat( '}', 5000 ), 'malformed_body' );
$err( str_repeat( ' ', 600 * 1024 ), 'body_too_large' );
$err( '{"Type":"Notification","Type":"SubscriptionConfirmation"}', 'malformed_body|missing_field' );
$err( json_encode( array_fill_keys( array_map( 'strval', range( 1, 5000 ) ), 'x' ) ), 'malformed_body' );
$err( '{"Type":"Notification","Message":"' . str_repeat( 'x', 400000 ) . '"}', 'missing_field' );
$err( '{"Type":1e999999}', 'malformed_body' );

$bad_requests = array(
	array( 'expected_key' => 42 ),
	array( 'key' => KEY ),
	array( 'expected_key' => KEY, 'allowed_topic' => array() ),
	array( 'expected_key' => KEY, 'headers' => 'x' ),
	array( 'expected_key' => KEY, 'confirm' => 1 ),
	array( 'expected_key' => KEY, 'max_age' => -1 ),
	array( 'expected_key' => KEY, 'now' => 1.5 ),
	array( 'expected_key' => KEY, 'allowed_topics' => array( 1 ) ),
	array( 0 => 'x', 'expected_key' => KEY ),
);

$counts   = array();
$failures = 0;
for ( $i = 0; $i < CALLS; $i++ ) {
	if ( 0 === $i % 10 ) {
		// One in ten: a request array that must throw a TypeError or ValueError.
		try {
			quillcrm_sns_handle( '{}', $bad_requests[ intdiv( $i, 10 ) % count( $bad_requests ) ] );
			$outcome = 'no exception';
			++$failures;
			fwrite( STDERR, "call $i: a bad request array did not throw\n" );
		} catch ( TypeError | ValueError $e ) {
			$outcome = get_class( $e );
		}
	} else {
		list( $body, $req, $expected ) = $cases[ $i % count( $cases ) ];
		$result                        = quillcrm_sns_handle( $body, $req + array( 'key' => KEY, 'expected_key' => KEY, 'now' => NOW, 'confirm' => true ) );
		$got                           = $result['error'] ?? 'ok';
		if ( ! in_array( $got, explode( '|', $expected ), true ) ) {
			++$failures;
			fwrite( STDERR, "call $i: expected $expected, got $got ({$result['detail']})\n" );
		}
		$outcome = $got;
	}
	$counts[ $outcome ] = ( $counts[ $outcome ] ?? 0 ) + 1;
	if ( 0 === $i % 100 ) {
		quillcrm_sns_info();
	}
}
ksort( $counts );
foreach ( $counts as $outcome => $n ) {
	printf( "  %-30s %d\n", $outcome, $n );
}
printf( "calls: %d, cases: %d, unexpected answers: %d\n", CALLS, count( $cases ), $failures );
exit( $failures > 0 ? 1 : 0 );
