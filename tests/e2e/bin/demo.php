<?php
/**
 * The demo scenario (tests/e2e/demo.sh runs it against a running stack):
 * confirms a simulated SNS subscription, seeds ten contacts, sends a realistic
 * mix of signed SES bounces, soft bounces, deliveries and complaints through
 * the real webhook, then a day's newsletter (120 deliveries, a few hard
 * bounces: an estimated bounce rate above the 2 % alert level, so the hourly
 * check's notice and email show), and prints what happened and the
 * resulting contacts.
 */

declare(strict_types=1);

require_once dirname( __DIR__ ) . '/lib/SnsSigner.php';
require_once dirname( __DIR__ ) . '/lib/SesPayload.php';
require_once dirname( __DIR__ ) . '/lib/Site.php';

use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\Site;
use QuillCRM\E2E\SnsSigner;

const TOPIC = 'arn:aws:sns:us-east-1:123456789012:quillcrm-ses-feedback';

$site = Site::get();
$sns  = new SnsSigner( $site->pki( 'signing.key' ) );
$fail = 0;

$send = static function ( string $what, array $envelope ) use ( $site, &$fail ): void {
	$r = $site->deliver( $envelope );
	$outcome = $r['json']['outcome'] ?? '?';
	$error   = $r['json']['error'] ?? null;
	printf( "  %-52s -> HTTP %d %s%s\n", $what, $r['status'], $outcome, $error ? " ($error)" : '' );
	if ( $r['status'] >= 500 ) {
		$fail++;
	}
};

echo "1. Amazon SNS confirms the HTTPS subscription (the site visits the SubscribeURL):\n";
$send( 'SubscriptionConfirmation ' . TOPIC, $sns->subscription_confirmation( TOPIC ) );

$contacts = array(
	'alice@example.com'  => 'subscribed',
	'bob@example.com'    => 'subscribed',
	'carol@example.com'  => 'subscribed',
	'dave@example.com'   => 'subscribed',
	'erin@example.com'   => 'subscribed',
	'frank@example.com'  => 'subscribed',
	'grace@example.com'  => 'subscribed',
	'heidi@example.com'  => 'subscribed',
	'ivan@example.com'   => 'subscribed',
	'judy@example.com'   => 'pending',
	'kim@example.com'    => 'subscribed',
);
foreach ( $contacts as $email => $status ) {
	$site->exec( 'DELETE FROM ' . $site->table( Site::CONTACTS_TABLE ) . ' WHERE email = ?', array( $email ) );
	$site->seed_contact( $email, $status );
}
echo "\n2. Eleven contacts seeded in " . $site->table( Site::CONTACTS_TABLE ) . ".\n\n3. SES feedback through the real webhook, signed as SNS signs it:\n";

$n = static fn( string $ses ) => $sns->notification( TOPIC, $ses );
$send( 'alice: hard bounce (5.1.1 user unknown)', $n( SesPayload::permanent_bounce( 'alice@example.com' ) ) );
foreach ( array( 1, 2, 3 ) as $i ) {
	$send( "bob: soft bounce $i/3 (mailbox full)", $n( SesPayload::transient_bounce( 'bob@example.com' ) ) );
}
$send( 'carol: soft bounce', $n( SesPayload::transient_bounce( 'carol@example.com' ) ) );
$send( 'carol: delivered (resets the soft count)', $n( SesPayload::delivery( 'carol@example.com' ) ) );
$send( 'carol: soft bounce (4.4.7 message expired)', $n( SesPayload::expired_bounce( 'carol@example.com' ) ) );
$send( 'dave: complaint (abuse)', $n( SesPayload::complaint( 'dave@example.com' ) ) );
$send( 'erin: delivered', $n( SesPayload::delivery( 'erin@example.com' ) ) );
$send( 'erin: delivered', $n( SesPayload::delivery( 'erin@example.com' ) ) );
$send( 'frank: soft bounce', $n( SesPayload::transient_bounce( 'frank@example.com' ) ) );
$send( 'frank: soft bounce', $n( SesPayload::transient_bounce( 'frank@example.com' ) ) );
$send( 'grace: undetermined bounce (counts as soft)', $n( SesPayload::undetermined_bounce( 'grace@example.com' ) ) );
$heidi = $n( SesPayload::permanent_bounce( 'heidi@example.com' ) );
$send( 'heidi: hard bounce', $heidi );
$send( 'heidi: the same delivery again (SNS retry)', $heidi );
$send( 'ivan: complaint marked not-spam (ignored)', $n( SesPayload::complaint( 'ivan@example.com', 'not-spam' ) ) );
$send( 'judy: delivered', $n( SesPayload::delivery( 'judy@example.com' ) ) );
$send( 'nobody: hard bounce, no such contact (logged only)', $n( SesPayload::permanent_bounce( 'nobody@example.com' ) ) );
$forged = $n( SesPayload::permanent_bounce( 'erin@example.com' ) );
$forged['Message'] = SesPayload::permanent_bounce( 'ivan@example.com' );
$send( 'forged: signature does not match (rejected)', $forged );

$send( 'kim: SES refused to send (account suppression list)', $n( SesPayload::bounce( 'Permanent', 'OnAccountSuppressionList', 'kim@example.com', '5.1.1', 'Amazon SES did not send the message to this address because it is on the suppression list for your account.' ) ) );

echo "\n   A newsletter to 120 readers: Delivery notifications, and two more hard bounces:\n";
$newsletter = array();
for ( $i = 1; $i <= 120; $i++ ) {
	$reader = sprintf( 'reader%03d@example.com', $i );
	$site->exec( 'DELETE FROM ' . $site->table( Site::CONTACTS_TABLE ) . ' WHERE email = ?', array( $reader ) );
	$site->seed_contact( $reader );
	$newsletter[] = $n( SesPayload::delivery( $reader ) );
}
$answers = array();
foreach ( array_chunk( $newsletter, 12 ) as $chunk ) {
	$answers = array_merge( $answers, $site->deliver_concurrently( $chunk ) );
}
$ok = count( array_filter( $answers, static fn( $r ) => 200 === $r['status'] ) );
printf( "  %-52s -> %d of 120 answered HTTP 200\n", 'reader001..120: delivered', $ok );
$fail += 120 - $ok;
$send( 'old-list-1: hard bounce (5.1.1 user unknown)', $n( SesPayload::permanent_bounce( 'old-list-1@example.com' ) ) );
$send( 'old-list-2: hard bounce (5.1.1 user unknown)', $n( SesPayload::permanent_bounce( 'old-list-2@example.com' ) ) );
$site->wp_eval( 'do_action( "quillcrm_bounce_rate_check" ); return true;' );
$alerts = $site->wp_eval( 'return QuillCRM\\Bounce\\Rates::stored_alerts();' );
foreach ( $alerts as $alert ) {
	printf( "  rate check: estimated %s rate %.2f %% over the last %d sends, above the %.2f %% alert level\n", $alert['kind'], $alert['rate'], $alert['sample'], $alert['threshold'] );
}
printf( "  alert emails in the local SMTP sink (%s): %d\n", $site->stack['mail_log'], count( array_filter( $site->mails(), static fn( $m ) => str_contains( $m['subject'], 'alert level' ) ) ) );

echo "\n4. Contacts now:\n\n";
printf( "  %-20s %-12s %-11s %s\n", 'email', 'status', 'soft count', 'last bounce (UTC)' );
printf( "  %'-20s %'-12s %'-11s %'-19s\n", '', '', '', '' );
$rows = $site->rows( 'SELECT email, status, soft_bounce_count, last_bounce_at FROM ' . $site->table( Site::CONTACTS_TABLE ) . " WHERE email LIKE ? AND email NOT LIKE 'reader%' ORDER BY email", array( '%@example.com' ) );
foreach ( $rows as $row ) {
	printf( "  %-20s %-12s %-11d %s\n", $row['email'], $row['status'], $row['soft_bounce_count'], $row['last_bounce_at'] ?? '' );
}
exit( $fail > 0 ? 1 : 0 );
