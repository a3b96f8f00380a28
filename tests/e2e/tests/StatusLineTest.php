<?php
/**
 * The status line at the top of Bounce Handling: all good or needs
 * attention with the first thing to fix, when the last notification came,
 * and the last 7 days' counts by outcome.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\AdminPage;
use QuillCRM\E2E\SesPayload;

final class StatusLineTest extends E2eTestCase {
	private AdminPage $admin;

	protected function setUp(): void {
		parent::setUp();
		$this->admin = new AdminPage( $this->site );
	}

	/** @return array{hard:int, soft:int, complaint:int, delivery:int} the counts the line shows */
	private function counts( string $html ): array {
		$text = (string) AdminPage::text( $html, 'quillcrm-status-counts' );
		$this->assertMatchesRegularExpression( '/^Last 7 days: [\d,]+ deliver(y|ies), [\d,]+ hard bounces?, [\d,]+ soft bounces?, [\d,]+ complaints?\.$/', $text );
		preg_match_all( '/([\d,]+) (deliver|hard bounce|soft bounce|complaint)/', $text, $m );
		$n = array_map( static fn( $v ) => (int) str_replace( ',', '', $v ), array_combine( $m[2], $m[1] ) );
		return array( 'hard' => $n['hard bounce'], 'soft' => $n['soft bounce'], 'complaint' => $n['complaint'], 'delivery' => $n['deliver'] );
	}

	public function testTheLineIsAtTheTopOfBounceHandling(): void {
		$html = $this->admin->settings();

		$this->assertNotNull( AdminPage::text( $html, 'quillcrm-status-line' ) );
		$this->assertLessThan( strpos( $html, 'id="quillcrm-webhook-url"' ), strpos( $html, 'id="quillcrm-status-line"' ) );
	}

	public function testItNeedsAttentionAndNamesTheFirstThingToFix(): void {
		// This test site runs with test-only trust on, a critical Site Health result.
		$html = $this->admin->settings();

		$this->assertStringStartsWith( 'Needs attention.', (string) AdminPage::text( $html, 'quillcrm-status-line' ) );
		$this->assertSame( 'Test-only trust is on. Remove the quillcrm_sns.test_ca_file, quillcrm_sns.test_resolve and quillcrm_sns.test_imds_endpoint lines from php.ini and restart PHP.', AdminPage::text( $html, 'quillcrm-status-fix' ) );
	}

	public function testItSaysWhenTheLastNotificationWasReceived(): void {
		$this->site->deliver( $this->notification( SesPayload::delivery( $this->new_contact( 'status-last' ) ) ) );

		$text = (string) AdminPage::text( $this->admin->settings(), 'quillcrm-status-line' );

		$this->assertMatchesRegularExpression( '/Last notification received \d+ (second|seconds|min|mins) ago\./', $text );
	}

	public function testItCountsTheLast7DaysByOutcome(): void {
		$before = $this->counts( $this->admin->settings() );
		$this->site->deliver( $this->notification( SesPayload::delivery( $this->new_contact( 'status-delivery' ) ) ) );
		$this->site->deliver( $this->notification( SesPayload::permanent_bounce( $this->new_contact( 'status-hard' ) ) ) );
		$this->site->deliver( $this->notification( SesPayload::transient_bounce( $this->new_contact( 'status-soft' ) ) ) );
		$this->site->deliver( $this->notification( SesPayload::complaint( $this->new_contact( 'status-complaint' ) ) ) );

		$after = $this->counts( $this->admin->settings() );

		$this->assertSame( array( 'hard' => 1, 'soft' => 1, 'complaint' => 1, 'delivery' => 1 ), array_map( static fn( $k ) => $after[ $k ] - $before[ $k ], array_combine( array_keys( $after ), array_keys( $after ) ) ) );
	}

	public function testItCountsAsTheRatesDoSoWhatSesRefusedForItsSuppressionListIsNoBounce(): void {
		$before = $this->counts( $this->admin->settings() );
		$this->site->deliver( $this->notification( SesPayload::bounce( 'Permanent', 'OnAccountSuppressionList', $this->new_contact( 'status-suppressed' ), '5.1.1', 'Amazon SES did not send the message to this address because it is on the suppression list for your account.' ) ) );

		$after = $this->counts( $this->admin->settings() );

		$this->assertSame( $before['hard'], $after['hard'], 'SES never sent it: no bounce, in the line as in the rates' );
	}
}
