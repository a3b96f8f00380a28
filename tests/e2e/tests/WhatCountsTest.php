<?php
/**
 * What an event counts as: the site's policy per SES type and subtype,
 * soft bounces consecutive in the order the mails were sent (and within a
 * window when one is set), Delivery notifications counted rather than
 * logged, the complaint action, and SignatureVersion 2 once it is safe.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\AdminPage;
use QuillCRM\E2E\SesPayload;

final class WhatCountsTest extends E2eTestCase {
	private const DAY = 86400;

	private function deliver_ses( string $payload, string $outcome, string $signature_version = '1' ): array {
		$envelope = $this->notification( $payload, self::TOPIC, $signature_version );
		$r        = $this->site->deliver( $envelope );
		$this->assertAnswer( 200, $r, $outcome );
		return $envelope;
	}

	public function testATransientBounceThatRefusedTheMessageDoesNotCount(): void {
		$email    = $this->new_contact( 'message-too-large' );
		$envelope = $this->deliver_ses( SesPayload::bounce( 'Transient', 'MessageTooLarge', $email, '5.3.4', 'smtp; 552 5.3.4 Message too big' ), 'bounce' );

		$this->assertSame( 'not_counted', $this->site->logged_recipients( $envelope['MessageId'] )[0]['result'] );
		$this->assertContactState( $email, 'subscribed', 0 );
	}

	public function testAnAddressOnTheAccountSuppressionListIsBouncedWithThatReason(): void {
		$email = $this->new_contact( 'suppressed' );

		$this->deliver_ses( SesPayload::bounce( 'Permanent', 'OnAccountSuppressionList', $email, '5.1.1', 'Amazon SES did not send the message to this address because it is on the suppression list for your account.' ), 'bounce' );

		$this->assertContactState( $email, 'bounced', 0 );
		$this->assertSame( 'Permanent/OnAccountSuppressionList', $this->site->contact_state( $email )['bounce_reason'] ?? null );
	}

	public function testAComplaintSesMadeForTheSuppressionListMarksBouncedNotComplained(): void {
		$email = $this->new_contact( 'suppressed-complaint' );

		$this->deliver_ses( SesPayload::complaint( $email, 'abuse', null, 'OnAccountSuppressionList' ), 'complaint' );

		$this->assertContactState( $email, 'bounced', 0 );
		$this->assertSame( 'Complaint/OnAccountSuppressionList', $this->site->contact_state( $email )['bounce_reason'] ?? null );
	}

	public function testThePolicyTableOnTheSettingsPageDecidesWhatCounts(): void {
		$admin = new AdminPage( $this->site );
		$page  = $admin->settings();
		$this->assertStringContainsString( 'Transient/MessageTooLarge', (string) AdminPage::text( $page, 'quillcrm-policy' ) );
		$email = $this->new_contact( 'policy-changed' );

		$admin->post( $page, 'quillcrm_bounce_save_settings', array( 'quillcrm_policy' => array( 'Transient/MessageTooLarge' => 'soft' ) ) );
		$this->deliver_ses( SesPayload::bounce( 'Transient', 'MessageTooLarge', $email, '5.3.4', 'smtp; 552 5.3.4 Message too big' ), 'bounce' );

		$this->assertContactState( $email, 'subscribed', 1, 'counted, as the policy now says' );
	}

	public function testADeliveryOfAMailSentBeforeTheNewestSoftBounceDoesNotResetIt(): void {
		$email = $this->new_contact( 'late-delivery' );
		$this->deliver_ses( SesPayload::sent_at( SesPayload::transient_bounce( $email ), time() - 600 ), 'bounce' );

		$this->deliver_ses( SesPayload::sent_at( SesPayload::delivery( $email ), time() - 3600 ), 'delivery' );

		$this->assertContactState( $email, 'subscribed', 1, 'the delivered mail was sent before the one that bounced' );
	}

	public function testASoftBounceOfAMailSentBeforeTheLastDeliveredOneDoesNotCount(): void {
		$email = $this->new_contact( 'late-soft-bounce' );
		$this->deliver_ses( SesPayload::sent_at( SesPayload::delivery( $email ), time() - 600 ), 'delivery' );

		$envelope = $this->deliver_ses( SesPayload::sent_at( SesPayload::transient_bounce( $email ), time() - 3600 ), 'bounce' );

		$this->assertSame( 'superseded', $this->site->logged_recipients( $envelope['MessageId'] )[0]['result'] );
		$this->assertContactState( $email, 'subscribed', 0 );
	}

	public function testADeliveryOfAMailSentEarlierInTheSameSecondDoesNotResetIt(): void {
		$email  = $this->new_contact( 'same-second-delivery' );
		$second = time() - 600;
		$this->deliver_ses( SesPayload::sent_at( SesPayload::transient_bounce( $email ), $second + 0.7 ), 'bounce' );

		$this->deliver_ses( SesPayload::sent_at( SesPayload::delivery( $email ), $second + 0.1 ), 'delivery' );

		$this->assertContactState( $email, 'subscribed', 1, 'SES stamps mails to the millisecond: the delivered one was sent 600 ms before' );
	}

	public function testADeliveryOfALaterMailResetsTheCount(): void {
		$email = $this->new_contact( 'later-delivery' );
		$this->deliver_ses( SesPayload::sent_at( SesPayload::transient_bounce( $email ), time() - 3600 ), 'bounce' );

		$this->deliver_ses( SesPayload::sent_at( SesPayload::delivery( $email ), time() - 600 ), 'delivery' );

		$this->assertContactState( $email, 'subscribed', 0 );
	}

	public function testWithAWindowOnlySoftBouncesOfMailsSentInItCount(): void {
		$this->site->set_option( 'quillcrm_bounce_soft_window_days', '7' );
		$email = $this->new_contact( 'soft-window' );
		$this->deliver_ses( SesPayload::sent_at( SesPayload::transient_bounce( $email ), time() - 10 * self::DAY ), 'bounce' );
		$this->deliver_ses( SesPayload::sent_at( SesPayload::transient_bounce( $email ), time() - 9 * self::DAY ), 'bounce' );

		$this->deliver_ses( SesPayload::transient_bounce( $email ), 'bounce' );

		$this->assertContactState( $email, 'subscribed', 1, 'the two soft bounces of mails sent 9 and 10 days ago no longer count' );
	}

	public function testWithoutAWindowOldSoftBouncesCount(): void {
		$email = $this->new_contact( 'no-soft-window' );
		$this->deliver_ses( SesPayload::sent_at( SesPayload::transient_bounce( $email ), time() - 10 * self::DAY ), 'bounce' );
		$this->deliver_ses( SesPayload::sent_at( SesPayload::transient_bounce( $email ), time() - 9 * self::DAY ), 'bounce' );

		$this->deliver_ses( SesPayload::transient_bounce( $email ), 'bounce' );

		$this->assertContactState( $email, 'bounced', 3 );
	}

	public function testDeliveriesAreRecordedOnTheContactAndCountedNotLogged(): void {
		$email    = $this->new_contact( 'delivery-counted', 'subscribed', 2 );
		$counters = $this->site->table( 'quillcrm_bounce_counters' );
		$count    = fn(): int => (int) ( $this->site->rows( "SELECT count FROM $counters WHERE name = 'deliveries'" )[0]['count'] ?? 0 );
		$before   = $count();

		$envelope = $this->deliver_ses( SesPayload::delivery( $email ), 'delivery' );

		$this->assertSame( array(), $this->site->events_for( $envelope['MessageId'] ), 'no log row for a delivery' );
		$this->assertSame( $before + 1, $count() );
		$state = $this->site->contact_state( $email );
		$this->assertSame( '1', (string) ( $state['deliveries'] ?? '' ) );
		$this->assertNotNull( $state['last_delivery_sent_at'] ?? null );
		$this->assertContactState( $email, 'subscribed', 0 );
	}

	public function testTheSettingsPageSaysWhenNoDeliveryNotificationCameFor30Days(): void {
		$counters = $this->site->table( 'quillcrm_bounce_counters' );
		$this->site->exec( "DELETE FROM $counters WHERE name = 'deliveries'" );
		$admin = new AdminPage( $this->site );

		$this->assertStringContainsString( 'Delivery feedback notifications', (string) AdminPage::text( $admin->settings(), 'quillcrm-no-deliveries' ) );

		$this->site->exec( "INSERT INTO $counters (name, count, first_at, last_at) VALUES ('deliveries', 1, UTC_TIMESTAMP() - INTERVAL 31 DAY, UTC_TIMESTAMP() - INTERVAL 31 DAY)" );
		$this->assertNotNull( AdminPage::text( $admin->settings(), 'quillcrm-no-deliveries' ), '31 days ago is too long' );

		$this->deliver_ses( SesPayload::delivery( $this->new_contact( 'delivery-seen' ) ), 'delivery' );
		$this->assertNull( AdminPage::text( $admin->settings(), 'quillcrm-no-deliveries' ) );
	}

	public function testAComplaintUnsubscribesWhenTheSiteSaysSo(): void {
		$admin = new AdminPage( $this->site );
		$admin->post( $admin->settings(), 'quillcrm_bounce_save_settings', array( 'quillcrm_complaint_action' => 'unsubscribed' ) );
		$email = $this->new_contact( 'complaint-unsubscribes' );

		$this->deliver_ses( SesPayload::complaint( $email ), 'complaint' );

		$this->assertContactState( $email, 'unsubscribed', 0 );
	}

	public function testANotSpamReportInCapitalsChangesNothing(): void {
		$email = $this->new_contact( 'not-spam-caps' );

		$this->deliver_ses( SesPayload::complaint( $email, 'NOT-SPAM' ), 'ignored' );

		$this->assertContactState( $email, 'subscribed', 0 );
	}

	public function testRequiringSignatureVersion2IsOfferedOnlyOnceAVersion2MessageVerified(): void {
		$this->site->set_option( 'quillcrm_bounce_signature_v2_seen_at', '' );
		$admin = new AdminPage( $this->site );
		$page  = $admin->settings();
		$this->assertNull( AdminPage::document( $page )->getElementById( 'quillcrm-require-signature-v2' ), 'not offered yet' );
		$this->assertStringContainsString( 'set-topic-attributes', (string) AdminPage::text( $page, 'quillcrm-signature-version' ) );

		$saved = $admin->post( $page, 'quillcrm_bounce_save_settings', array( 'quillcrm_require_signature_v2' => '1' ) );
		$this->assertStringContainsString( 'signature_v2_not_offered', $saved['headers']['location'] ?? '' );
		$this->assertSame( '1', (string) $this->site->option( 'quillcrm_bounce_min_signature_version' ) );

		$this->deliver_ses( SesPayload::permanent_bounce( $this->new_contact( 'signed-v2' ) ), 'bounce', '2' );
		$page = $admin->settings();
		$this->assertNotNull( AdminPage::document( $page )->getElementById( 'quillcrm-require-signature-v2' ), 'offered now' );
		$admin->post( $page, 'quillcrm_bounce_save_settings', array( 'quillcrm_require_signature_v2' => '1' ) );
		$this->assertSame( '2', (string) $this->site->option( 'quillcrm_bounce_min_signature_version' ) );

		$email   = $this->new_contact( 'signed-v1-refused' );
		$refused = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ) );
		$this->assertAnswer( 403, $refused, 'rejected', 'signature_version_not_allowed' );
		$this->assertContactState( $email, 'subscribed', 0 );
		$this->assertStringContainsString( 'SignatureVersion 1', (string) AdminPage::text( $admin->settings(), 'quillcrm-signature-v1-refused' ) );
		$this->deliver_ses( SesPayload::permanent_bounce( $email ), 'bounce', '2' );
		$this->assertContactState( $email, 'bounced', 0 );
	}
}
