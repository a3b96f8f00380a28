<?php
/**
 * Signs SNS deliveries for the load tests (measurements 4 and 5), as SNS
 * does, with the test signing key.
 *
 *   php make-bodies.php <plan.jsonl> <out>
 *
 * Each plan line: {"kind": "hard|soft|expired|undetermined|complaint|not-spam|delivery",
 * "emails": [...], "sv": "1|2", "message_id": "...", "feedback_id": "..."|null}.
 * Writes the HTTP bodies, in plan order, separated by ASCII RS (0x1e), which
 * never occurs in JSON.
 */

declare(strict_types=1);

namespace QuillCRM\Bench;

use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\SnsSigner;

require __DIR__ . '/lib.php';

$in  = fopen( $argv[1], 'rb' ) ?: fail( "cannot read {$argv[1]}" );
$out = fopen( $argv[2], 'wb' ) ?: fail( "cannot write {$argv[2]}" );
$n   = 0;
while ( false !== ( $line = fgets( $in ) ) ) {
	if ( '' === trim( $line ) ) {
		continue;
	}
	$p      = json_decode( $line, true, 8, JSON_THROW_ON_ERROR );
	$emails = $p['emails'];
	$fb     = $p['feedback_id'] ?? null;
	switch ( $p['kind'] ) {
		case 'hard':
			$ses = SesPayload::bounce( 'Permanent', 'General', $emails, '5.1.1', 'smtp; 550 5.1.1 user unknown', $fb );
			break;
		case 'soft':
			$ses = SesPayload::bounce( 'Transient', 'MailboxFull', $emails, '4.2.2', 'smtp; 452 4.2.2 Mailbox full', $fb );
			break;
		case 'expired':
			$ses = SesPayload::expired_bounce( $emails[0], $fb );
			break;
		case 'undetermined':
			$ses = SesPayload::undetermined_bounce( $emails[0], $fb );
			break;
		case 'complaint':
			$ses = SesPayload::complaint( $emails[0], 'abuse', $fb );
			break;
		case 'not-spam':
			$ses = SesPayload::complaint( $emails[0], 'not-spam', $fb );
			break;
		case 'delivery':
			$ses = SesPayload::delivery( $emails[0] );
			break;
		default:
			fail( 'unknown kind ' . $p['kind'] );
	}
	$envelope = signer()->notification( TOPIC, $ses, null, (string) $p['sv'], array( 'MessageId' => $p['message_id'] ) );
	fwrite( $out, ( $n++ > 0 ? "\x1e" : '' ) . SnsSigner::body( $envelope ) );
}
fclose( $out );
