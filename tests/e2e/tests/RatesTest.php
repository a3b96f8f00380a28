<?php
/**
 * Bounce and complaint rates estimated the AWS way (hard bounces / sends,
 * complaints / deliveries) over the last N sends and the last 7 days, shown
 * on Bounce Handling; above a threshold the hourly check shows an admin
 * notice, fires quillcrm_bounce_rate_alert and mails the site admin at most
 * once a day (received by the stack's local SMTP sink). Without Delivery
 * notifications: counts, and why there is no rate.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\AdminPage;
use QuillCRM\E2E\SesPayload;

final class RatesTest extends E2eTestCase {
	private AdminPage $admin;

	protected function setUp(): void {
		parent::setUp();
		$this->admin = new AdminPage( $this->site );
		// The rates are over every send this site has seen: start from none.
		$this->site->exec( 'DELETE FROM ' . $this->site->table( 'quillcrm_bounce_recipient_events' ) );
		$this->site->exec( 'DELETE FROM ' . $this->site->table( 'quillcrm_bounce_counters' ) . " WHERE name = 'deliveries'" );
		$this->site->set_option( 'quillcrm_bounce_rate_sample', '100' );
	}

	/** Sends through the webhook: $deliveries Delivery notifications, then $hard hard bounces and $complaints complaints. */
	private function traffic( int $deliveries, int $hard = 0, int $complaints = 0 ): void {
		$envelopes = array();
		for ( $i = 0; $i < $deliveries; $i++ ) {
			$envelopes[] = $this->notification( SesPayload::delivery( $this->new_contact( 'rates-delivered' ) ) );
		}
		for ( $i = 0; $i < $hard; $i++ ) {
			$envelopes[] = $this->notification( SesPayload::permanent_bounce( $this->new_contact( 'rates-hard' ) ) );
		}
		for ( $i = 0; $i < $complaints; $i++ ) {
			$envelopes[] = $this->notification( SesPayload::complaint( $this->new_contact( 'rates-complaint' ) ) );
		}
		foreach ( array_chunk( $envelopes, 16 ) as $chunk ) {
			foreach ( $this->site->deliver_concurrently( $chunk ) as $r ) {
				$this->assertSame( 200, $r['status'], $r['body'] );
			}
		}
	}

	/** The cells of a row of the rates table, " | " between them. */
	private static function cells( string $html, string $id ): string {
		$row = AdminPage::document( $html )->getElementById( $id );
		self::assertNotNull( $row, "no row #$id" );
		$cells = array();
		foreach ( $row->childNodes as $cell ) {
			if ( $cell instanceof \DOMElement ) {
				$cells[] = trim( (string) preg_replace( '/\s+/', ' ', $cell->textContent ) );
			}
		}
		return implode( ' | ', $cells );
	}

	private function check(): void {
		$this->site->wp_eval( 'do_action( "quillcrm_bounce_rate_check" ); return true;' );
	}

	/** The alert mails received since $before mails. */
	private function alert_mails( int $before ): array {
		return array_values( array_filter( array_slice( $this->site->mails(), $before ), static fn( $m ) => str_contains( $m['subject'], 'rate above your alert level' ) ) );
	}

	public function testWithoutDeliveryNotificationsThePageShowsCountsAndSaysWhyThereIsNoRate(): void {
		$this->traffic( 0, 2 );

		$text = (string) AdminPage::text( $this->admin->settings(), 'quillcrm-rates' );

		$this->assertStringContainsString( 'No rate can be estimated: no Delivery notification arrived in the last 30 days, so the number of mails sent is unknown.', $text );
		$this->assertStringContainsString( 'Last 7 days: 2 hard bounces, 0 soft bounces, 0 complaints.', $text );
	}

	public function testTheBounceRateIsHardBouncesOverTheLastNSends(): void {
		$this->traffic( 0, 3 );
		$this->traffic( 100 );

		$html = $this->admin->settings();

		// The last 100 sends are the deliveries; the 7 days hold all 103.
		$this->assertSame( 'Last 100 sends | 100 | 0 | 0.00 % | 0 | 0.000 %', self::cells( $html, 'quillcrm-rates-sends' ) );
		$this->assertSame( 'Last 7 days | 103 | 3 | 2.91 % (above your alert level of 2.00 %) | 0 | 0.000 %', self::cells( $html, 'quillcrm-rates-days' ) );
	}

	public function testTheComplaintRateIsComplaintsOverDeliveriesBesideTheAwsLevels(): void {
		$this->traffic( 100, 0, 1 );

		$html = $this->admin->settings();

		$this->assertSame( 'Last 100 sends | 100 | 0 | 0.00 % | 1 | 1.000 % (above your alert level of 0.050 %)', self::cells( $html, 'quillcrm-rates-sends' ) );
		$this->assertStringContainsString( 'AWS reviews an account at about 5 % bounces or 0.1 % complaints and can pause its sending at 10 % / 0.5 %', (string) AdminPage::text( $html, 'quillcrm-rates' ) );
	}

	public function testARateAboveItsThresholdMailsTheSiteAdminOncePerDay(): void {
		$this->traffic( 100, 5 );
		$before = count( $this->site->mails() );

		$this->check();
		$this->check();

		$mails = $this->alert_mails( $before );
		$this->assertCount( 1, $mails, 'two checks, one email' );
		$this->assertSame( array( (string) $this->site->stack['admin_email'] ), $mails[0]['rcpt_tos'] );
		$this->assertStringContainsString( 'The estimated bounce rate is 5.00 % over the last 100 sends, above your alert level of 2.00 %', $mails[0]['data'] );
		$this->assertStringContainsString( 'AWS reviews an account at about 5 % bounces or 0.1 % complaints and can pause its sending at 10 % / 0.5 %.', $mails[0]['data'], 'the levels as the page states them' );
	}

	public function testADayAfterTheLastAlertEmailTheNextCheckMailsAgain(): void {
		$this->traffic( 100, 5 );
		$before = count( $this->site->mails() );
		$this->check();
		$this->site->set_option( 'quillcrm_bounce_rate_alert_mailed_at', gmdate( 'Y-m-d H:i:s', time() - 25 * 3600 ) );

		$this->check();

		$this->assertCount( 2, $this->alert_mails( $before ) );
	}

	public function testEachCheckAboveAThresholdFiresTheRateAlertAction(): void {
		$this->traffic( 100, 5 );

		$this->check();

		$calls = $this->site->hook_calls( 'quillcrm_bounce_rate_alert' );
		$this->assertCount( 1, $calls );
		$this->assertSame( array( 5.0, 100, 2.0, 'bounce' ), $calls[0]['args'] );
	}

	public function testBouncesFromBeforeDeliveryNotificationsWereOnDoNotWeighOnTheRate(): void {
		// Those mails' deliveries were never reported: 6 bounces of an
		// unknown number of sends, then 197 deliveries and 2 bounces (1 %).
		$this->site->set_option( 'quillcrm_bounce_rate_sample', '10000' );
		$this->traffic( 0, 6 );
		$this->traffic( 197, 2 );
		$before = count( $this->site->mails() );

		$this->check();

		$this->assertSame( array(), $this->alert_mails( $before ), json_encode( $this->site->option( 'quillcrm_bounce_rate_status' ) ) );
		$this->assertSame( 199, $this->site->wp_eval( 'return \QuillCRM\Bounce\Rates::over_last_sends( 10000 )["sends"];' ) );
	}

	public function testAThrowingRateAlertListenerDoesNotStopTheEmail(): void {
		$this->traffic( 100, 5 );
		$before = count( $this->site->mails() );

		$this->site->wp_eval( 'add_action( "quillcrm_bounce_rate_alert", static function () { throw new \RuntimeException( "the CRM is down" ); }, 5 ); do_action( "quillcrm_bounce_rate_check" ); return true;' );

		$this->assertCount( 1, $this->alert_mails( $before ) );
	}

	public function testAMailDeliveredAndThenBouncedIsOneSend(): void {
		// An asynchronous bounce or an out-of-office answer: SES reports the
		// Delivery, then a Bounce of the same mail (mail.messageId).
		$email    = $this->new_contact( 'rates-async' );
		$delivery = SesPayload::delivery( $email );
		$bounce   = SesPayload::with_mail( SesPayload::permanent_bounce( $email ), 'messageId', json_decode( $delivery, true )['mail']['messageId'] );
		$this->assertAnswer( 200, $this->site->deliver( $this->notification( $delivery ) ), 'delivery' );
		$this->assertAnswer( 200, $this->site->deliver( $this->notification( $bounce ) ), 'bounce' );

		$counts = $this->site->wp_eval( 'return \QuillCRM\Bounce\Rates::over_last_days( 7 );' );

		$this->assertSame( array( 1, 1 ), array( $counts['sends'], $counts['hard'] ) );
	}

	public function testAnAlertShowsAnAdminNoticeOnEveryWpAdminPage(): void {
		$this->traffic( 100, 5 );
		$this->check();

		$dashboard = $this->admin->get( 'index.php' )['body'];

		$this->assertStringContainsString( 'The estimated bounce rate is 5.00 % over the last 100 sends', (string) AdminPage::text( $dashboard, 'quillcrm-rate-alert-notice' ) );
	}

	public function testRatesBelowTheirThresholdsAlertNobody(): void {
		$this->traffic( 100, 1 );
		$before = count( $this->site->mails() );

		$this->check();

		$this->assertSame( array(), $this->alert_mails( $before ) );
		$this->assertSame( array(), $this->site->hook_calls( 'quillcrm_bounce_rate_alert' ) );
		$this->assertNull( AdminPage::text( $this->admin->get( 'index.php' )['body'], 'quillcrm-rate-alert-notice' ) );
	}

	public function testThresholdsAndTheSampleAreSettingsOnThePage(): void {
		$html = $this->admin->settings();

		$r = $this->admin->post( $html, 'quillcrm_bounce_save_settings', array( 'quillcrm_rate_sample' => '5000', 'quillcrm_bounce_alert' => '3,5', 'quillcrm_complaint_alert' => '0.08', 'quillcrm_log_retention_days' => '90' ) );

		$this->assertSame( 302, $r['status'] );
		$this->assertSame( array( '5000', '3.5', '0.08' ), array( (string) $this->site->option( 'quillcrm_bounce_rate_sample' ), (string) $this->site->option( 'quillcrm_bounce_bounce_rate_alert' ), (string) $this->site->option( 'quillcrm_bounce_complaint_rate_alert' ) ) );
	}
}
