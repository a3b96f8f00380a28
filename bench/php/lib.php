<?php
/**
 * Shared by the benchmark's PHP scripts: the project's own SNS signer and SES
 * payloads (tests/e2e/lib, checked against genuine AWS messages), the request
 * array the plugin's webhook passes, and small timing helpers.
 */

declare(strict_types=1);

namespace QuillCRM\Bench;

use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\SnsSigner;

const REPO = __DIR__ . '/../..';
require_once REPO . '/tests/e2e/lib/SnsSigner.php';
require_once REPO . '/tests/e2e/lib/SesPayload.php';

/** The topic every benchmark message comes from (the e2e tests' topic). */
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:quillcrm-ses-feedback';
const KEY   = 'bench-webhook-key-0123456789abcdef';

function signer(): SnsSigner {
	static $signer = null;
	return $signer ??= new SnsSigner( REPO . '/tests/fixtures/pki/signing.key' );
}

/**
 * A signed SNS delivery carrying a realistic SES bounce (Permanent, 5.1.1),
 * as SNS formats the HTTP body.
 *
 * @return array{body: string, envelope: array<string,string>, now: int}
 */
function signed_bounce( string $signature_version, string $email = 'bounced.reader@example.test' ): array {
	$envelope = signer()->notification( TOPIC, SesPayload::permanent_bounce( $email ), null, $signature_version );
	return array(
		'body'     => SnsSigner::body( $envelope ),
		'envelope' => $envelope,
		'now'      => (int) strtotime( $envelope['Timestamp'] ),
	);
}

/**
 * What the plugin's webhook passes (php/includes/class-webhook.php), plus
 * `now` so a message signed once stays inside the replay window.
 *
 * @return array<string,mixed>
 */
function request( int $now, string $key = KEY ): array {
	return array(
		'key'                   => $key,
		'expected_key'          => KEY,
		'headers'               => array(
			'x-amz-sns-message-type' => 'Notification',
			'x-amz-sns-topic-arn'    => TOPIC,
		),
		'allowed_topics'        => array( TOPIC ),
		'confirm'               => false,
		'min_signature_version' => 1,
		'now'                   => $now,
	);
}

/** CPU seconds (user + system) used by this process so far. */
function cpu(): float {
	$r = getrusage();
	return $r['ru_utime.tv_sec'] + $r['ru_utime.tv_usec'] / 1e6 + $r['ru_stime.tv_sec'] + $r['ru_stime.tv_usec'] / 1e6;
}

/** Resident set size in KiB, from /proc/self/status. */
function rss_kib(): int {
	$status = (string) file_get_contents( '/proc/self/status' );
	return preg_match( '/^VmRSS:\s+(\d+)\s+kB/m', $status, $m ) ? (int) $m[1] : -1;
}

function fail( string $why ): void {
	fwrite( STDERR, "bench: $why\n" );
	exit( 1 );
}

/** @param array<string,mixed> $data */
function emit( array $data ): void {
	echo json_encode( $data, JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR ), "\n";
}
