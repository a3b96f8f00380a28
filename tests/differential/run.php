<?php
/**
 * The differential check: the extension and the plain-PHP fallback answer
 * every input alike. Run with the extension loaded and both pointed at the
 * same SNS stand-in (tests/differential/run.sh does that):
 *
 *   php -d extension=... -d quillcrm_sns.* ... run.php <seconds> <corpus dir>...
 *
 * Inputs: the fuzz corpora's seeds (the handler target's bodies, the SES
 * classifier's Messages, each also re-signed with the test key so it gets
 * past the signature), then, for <seconds>, mutations of them: bytes
 * flipped, inserted, cut; JSON fields retyped, duplicated, removed; SES
 * payloads rewritten; request options varied. Both implementations must
 * return the same status, outcome, error, recipients and SES facts.
 * Exit 1 on the first difference, with the input written to stdout.
 */

declare(strict_types=1);

use QuillCRM\E2E\SnsSigner;
use QuillCRM\Sns\Polyfill\Handler;

if ( ! extension_loaded( 'quillcrm_sns' ) ) {
	fwrite( STDERR, "run.php: load the extension (tests/differential/run.sh)\n" );
	exit( 2 );
}
$root = dirname( __DIR__, 2 );
require $root . '/tests/e2e/lib/SnsSigner.php';
require $root . '/php/polyfill/quillcrm-sns.php';

const TOPIC = 'arn:aws:sns:us-east-1:123456789012:ses-bounces';
const KEY   = 'differential-key-0123456789abcdef';

$seconds = (float) ( $argv[1] ?? 10 );
$signer  = new SnsSigner( $root . '/tests/fixtures/pki/signing.key', '0123456789abcdef0123456789abcdef' );
mt_srand( (int) ( getenv( 'DIFFERENTIAL_SEED' ) ?: random_int( 1, PHP_INT_MAX ) ) );

/** The corpora: handler bodies and SES Messages. */
$bodies   = array();
$messages = array();
foreach ( array_slice( $argv, 2 ) as $dir ) {
	foreach ( glob( rtrim( $dir, '/' ) . '/*' ) ?: array() as $file ) {
		$data = (string) file_get_contents( $file );
		if ( str_contains( $dir, 'ses_classify' ) ) {
			$messages[] = $data;
		} elseif ( str_contains( $dir, 'handler' ) && strlen( $data ) >= 20 ) {
			$bodies[] = explode( "\0", substr( $data, 20 ) )[0];
		}
	}
}
if ( array() === $bodies || array() === $messages ) {
	fwrite( STDERR, "run.php: no seeds (run fuzz/make-corpus.py)\n" );
	exit( 2 );
}

/** A signed Notification of $message from TOPIC, as a body. */
$signed = static function ( string $message, string $version = '1' ) use ( $signer ): string {
	// A JSON string holds only UTF-8.
	$message = 1 === preg_match( '//u', $message ) ? $message : mb_scrub( $message, 'UTF-8' );
	return SnsSigner::body( $signer->notification( TOPIC, $message, null, $version ) );
};

/** $body's envelope re-signed with the test key and its certificate URL, or null when it cannot be. */
$resign = static function ( string $body ) use ( $signer ): ?string {
	$fields = json_decode( $body, true );
	if ( ! is_array( $fields ) || ! isset( $fields['Type'] ) ) {
		return null;
	}
	foreach ( $fields as $value ) {
		if ( ! is_string( $value ) && null !== $value ) {
			return null;
		}
	}
	$fields['TopicArn']       = TOPIC;
	$fields['SigningCertURL'] = 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0123456789abcdef0123456789abcdef.pem';
	unset( $fields['SigningCertUrl'] );
	$fields['Timestamp'] = SnsSigner::timestamp();
	if ( isset( $fields['SubscribeURL'] ) ) {
		$fields['SubscribeURL'] = 'https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=' . TOPIC . '&Token=' . ( $fields['Token'] ?? '' );
	}
	return SnsSigner::body( $signer->sign( $fields ) );
};

/** What is compared. */
$essence = static function ( array $r ): array {
	return array(
		'status'       => $r['status'],
		'outcome'      => $r['outcome'],
		'error'        => $r['error'],
		'type'         => $r['type'],
		'recipients'   => $r['recipients'],
		'notification' => $r['notification'],
	);
};

$checked  = 0;
$compare  = static function ( string $body, array $request, string $origin ) use ( $essence, &$checked ): void {
	$request += array(
		'key'          => KEY,
		'expected_key' => KEY,
		'confirm'      => false,
		// One clock for both: a second boundary between the two calls
		// would otherwise make a message just max_age old differ.
		'now'          => time(),
	);
	$native   = quillcrm_sns_handle( $body, $request );
	$fallback = Handler::get()->handle( $body, $request );
	++$checked;
	if ( $essence( $native ) !== $essence( $fallback ) ) {
		echo "DIFFERENCE ($origin)\n";
		echo 'body (base64): ' . base64_encode( $body ) . "\n";
		echo 'request: ' . json_encode( $request, JSON_UNESCAPED_SLASHES ) . "\n";
		echo 'extension: ' . json_encode( $essence( $native ), JSON_UNESCAPED_SLASHES ) . "\n";
		echo 'fallback:  ' . json_encode( $essence( $fallback ), JSON_UNESCAPED_SLASHES ) . "\n";
		exit( 1 );
	}
};

// The seeds, as they are and re-signed.
foreach ( $bodies as $body ) {
	$compare( $body, array(), 'handler seed' );
	$again = $resign( $body );
	if ( null !== $again ) {
		$compare( $again, array(), 'handler seed, re-signed' );
	}
}
foreach ( $messages as $message ) {
	$compare( $signed( $message ), array(), 'SES seed' );
}

/** Text that parsers tell apart. */
$tokens = array( '"', '\\', '{', '}', '[', ']', ',', ':', '\\u0000', '\\ud800', '\\udc00', '\\ud83d\\ude00', "\u{212A}", "\u{130}", "\xc3\xb6", "\xff", "\x00", "\x1f", ' ', "\t", '1e400', '-0', '01', '1.', 'true', 'null', '"a":1,"a":2', '@', '<', '>', 'Not-Spam', 'OnAccountSuppressionList', 'Permanent', 'Transient', str_repeat( '[', 130 ) );
$pick   = static fn( array $a ) => $a[ mt_rand( 0, count( $a ) - 1 ) ];

/** One random byte-level mutation. */
$mutate_bytes = static function ( string $s ) use ( $tokens, $pick ): string {
	$at = '' === $s ? 0 : mt_rand( 0, strlen( $s ) - 1 );
	switch ( mt_rand( 0, 4 ) ) {
		case 0:
			return substr( $s, 0, $at ) . chr( mt_rand( 0, 255 ) ) . substr( $s, $at + 1 );
		case 1:
			return substr( $s, 0, $at ) . $pick( $tokens ) . substr( $s, $at );
		case 2:
			return substr( $s, 0, $at ) . substr( $s, $at + mt_rand( 1, 8 ) );
		case 3:
			return substr( $s, 0, $at );
		default:
			return $s . $pick( $tokens );
	}
};

/** One random rewrite of an SES payload (as a PHP array), kept JSON. */
$mutate_ses = static function ( string $message ) use ( $pick, $mutate_bytes ): string {
	$payload = json_decode( $message, true );
	if ( ! is_array( $payload ) ) {
		return $mutate_bytes( $message );
	}
	$values = array( null, true, 7, 1.5, '', 'x', array(), array( 'a' ), array( 'k' => 'v' ), 'Permanent', 'Transient', 'Undetermined', 'Suppressed', 'not-spam', 'NOT-SPAM', 'OnAccountSuppressionList', "K\u{212A}@example.com", 'Name <A@Example.com>', 'a@example.com', 'b@example.com', '<a@example.com', ' a@b ', '2026-11-26T12:00:00.000Z' );
	$paths  = array( 'notificationType', 'eventType', 'mail', 'mail.destination', 'mail.timestamp', 'bounce', 'bounce.bounceType', 'bounce.bounceSubType', 'bounce.bouncedRecipients', 'bounce.bouncedRecipients.0.emailAddress', 'complaint', 'complaint.complaintFeedbackType', 'complaint.complaintSubType', 'complaint.complainedRecipients', 'delivery.recipients', 'mail.destination.0', 'mail.destination.1' );
	$path   = explode( '.', $pick( $paths ) );
	$ref    = &$payload;
	foreach ( $path as $part ) {
		if ( ! is_array( $ref ) ) {
			$ref = array();
		}
		$ref = &$ref[ $part ];
	}
	$ref = $pick( $values );
	unset( $ref );
	$json = (string) json_encode( $payload, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PARTIAL_OUTPUT_ON_ERROR );
	if ( 0 === mt_rand( 0, 3 ) ) {
		// A field written twice in one object (json_encode cannot).
		$field = $pick( array( 'notificationType', 'bounceType', 'emailAddress', 'destination', 'messageId', 'unknownField', 'complaintFeedbackType' ) );
		$json  = (string) preg_replace( '/\{/', '{"' . $field . '":"dup",', $json, 1 + mt_rand( 0, 2 ) );
	}
	return $json;
};

$requests = array(
	array(),
	array( 'allowed_topics' => array( TOPIC ) ),
	array( 'allowed_topics' => array( 'arn:aws:sns:us-east-1:123456789012:other' ) ),
	array( 'min_signature_version' => 2 ),
	array( 'headers' => array( 'x-amz-sns-message-type' => ' Notification ' ) ),
	array( 'headers' => array( 'X-Amz-Sns-Topic-Arn' => TOPIC ) ),
	array( 'headers' => array( 'HTTP_X_AMZ_SNS_RAWDELIVERY' => 'TRUE ' ) ),
	array( 'now' => time() + 4000 ),
	array( 'now' => time() - 301 ),
	array( 'max_age' => 0 ),
	array( 'key' => 'wrong' ),
	array( 'expected_key' => '' ),
);

$until = microtime( true ) + $seconds;
while ( microtime( true ) < $until ) {
	$request = $pick( $requests );
	switch ( mt_rand( 0, 3 ) ) {
		case 0: // Bytes of a body.
			$body = $pick( $bodies );
			for ( $n = mt_rand( 1, 4 ); $n > 0; $n-- ) {
				$body = $mutate_bytes( $body );
			}
			$compare( $body, $request, 'mutated body' );
			break;
		case 1: // Bytes of a body, re-signed when it still parses.
			$body  = $mutate_bytes( $pick( $bodies ) );
			$again = $resign( $body );
			$compare( $again ?? $body, $request, 'mutated body, re-signed' );
			break;
		default: // A rewritten SES payload in a signed envelope.
			$message = $pick( $messages );
			for ( $n = mt_rand( 1, 3 ); $n > 0; $n-- ) {
				$message = 0 === mt_rand( 0, 4 ) ? $mutate_bytes( $message ) : $mutate_ses( $message );
			}
			$compare( $signed( $message, (string) mt_rand( 1, 2 ) ), $request, 'mutated SES payload' );
	}
}
echo "differential: {$checked} inputs, the extension and the fallback answered each alike\n";
