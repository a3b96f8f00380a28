<?php
/**
 * A site whose PHP does not load the quillcrm_sns extension (the fallback
 * suite's stack): the plugin's plain-PHP fallback answers, the admin sees
 * that it does and how to install the extension, and losing the extension
 * emails the site admin once (received by the stack's SMTP sink).
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\AdminPage;
use QuillCRM\E2E\SesPayload;

final class FallbackTest extends E2eTestCase {
	protected function setUp(): void {
		parent::setUp();
		$this->assertFalse( (bool) $this->site->stack['extension_loaded'], 'this suite runs on a site without the extension (run.sh starts it)' );
		// Each test of the loss email starts with none sent today.
		$this->site->exec( 'DELETE FROM ' . $this->site->table( 'options' ) . " WHERE option_name = 'quillcrm_bounce_loss_mail_sent_at'" );
	}

	public function testTheFallbackAnswersOnASiteWithoutTheExtension(): void {
		$this->assertSame( 'php', $this->site->wp_eval( "return quillcrm_sns_info()['implementation'];" ) );
		$email = $this->new_contact( 'fallback-answers' );

		$r = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ) );

		$this->assertAnswer( 200, $r, 'bounce' );
		$this->assertContactState( $email, 'bounced', 0 );
	}

	public function testTheSettingsPageSaysTheFallbackAnswersAndHowToInstallTheExtension(): void {
		$text = (string) AdminPage::text( ( new AdminPage( $this->site ) )->settings(), 'quillcrm-extension-status' );

		$this->assertStringContainsString( 'plain-PHP fallback verifies deliveries', $text );
		$this->assertStringContainsString( 'about 5× slower', $text );
		$this->assertStringContainsString( 'This PHP is version ' . PHP_VERSION, $text );
		$this->assertStringContainsString( './build.sh install', $text );
		$this->assertStringContainsString( 'quillcrm_sns.test_ca_file', $text, 'the fallback\'s test-only trust is shown as loudly as the extension\'s' );
	}

	public function testSetUpInAwsSaysItNeedsTheExtensionAndCannotBeRun(): void {
		$page = ( new AdminPage( $this->site ) )->settings();

		$this->assertStringContainsString( 'needs the quillcrm_sns PHP extension', (string) AdminPage::text( $page, 'quillcrm-aws-setup-needs-extension' ) );
		$this->assertTrue( AdminPage::document( $page )->getElementById( 'quillcrm-aws-setup-run' )->hasAttribute( 'disabled' ) );
		$this->assertStringContainsString( 'once "Set up in AWS" has been run', (string) AdminPage::text( $page, 'quillcrm-aws-doctor' ) );
	}

	public function testASiteLeftOnTheQueueIntakeCanGoBackToTheWebhookWithoutTheExtension(): void {
		// The extension was lost on a site that drained a queue; the form still holds the queue URL.
		$url = 'https://sqs.us-east-1.amazonaws.com/123456789012/ses-feedback';
		try {
			$this->site->set_option( 'quillcrm_bounce_intake', 'sqs' );
			$this->site->set_option( 'quillcrm_bounce_queue_url', $url );
			$admin = new AdminPage( $this->site );

			$r = $admin->post( $admin->settings(), 'quillcrm_bounce_save_intake', array( 'quillcrm_intake' => 'webhook', 'quillcrm_queue_url' => $url ) );

			$this->assertSame( 302, $r['status'] );
			$this->assertStringContainsString( 'intake_saved', (string) ( $r['headers']['location'] ?? '' ) );
			$this->assertSame( 'webhook', $this->site->option( 'quillcrm_bounce_intake' ) );
		} finally {
			$this->site->set_option( 'quillcrm_bounce_intake', 'webhook' );
			$this->site->exec( 'DELETE FROM ' . $this->site->table( 'options' ) . ' WHERE option_name = ?', array( 'quillcrm_bounce_queue_url' ) );
		}
	}

	public function testANewQueueUrlIsNotSavedWithoutTheExtensionThatChecksIt(): void {
		$admin = new AdminPage( $this->site );

		$r = $admin->post( $admin->settings(), 'quillcrm_bounce_save_intake', array( 'quillcrm_intake' => 'webhook', 'quillcrm_queue_url' => 'https://sqs.us-east-1.amazonaws.com/123456789012/other' ) );

		$this->assertStringContainsString( 'intake_queue_needs_extension', (string) ( $r['headers']['location'] ?? '' ) );
		$this->assertNull( $this->site->option( 'quillcrm_bounce_queue_url' ) );
	}

	public function testTheQueueIntakeCannotBeChosenWithoutTheExtensionEvenWithTheStoredUrl(): void {
		$url = 'https://sqs.us-east-1.amazonaws.com/123456789012/ses-feedback';
		try {
			$this->site->set_option( 'quillcrm_bounce_queue_url', $url );
			$admin = new AdminPage( $this->site );

			$r = $admin->post( $admin->settings(), 'quillcrm_bounce_save_intake', array( 'quillcrm_intake' => 'sqs', 'quillcrm_queue_url' => $url ) );

			$this->assertStringContainsString( 'intake_queue_needs_extension', (string) ( $r['headers']['location'] ?? '' ) );
			$this->assertSame( 'webhook', $this->site->option( 'quillcrm_bounce_intake' ) );
		} finally {
			$this->site->exec( 'DELETE FROM ' . $this->site->table( 'options' ) . ' WHERE option_name = ?', array( 'quillcrm_bounce_queue_url' ) );
		}
	}

	public function testSiteHealthRecommendsTheExtensionAndSaysHowMuchFasterItIs(): void {
		$result = $this->site->site_health( 'quillcrm_bounce_extension' );

		$this->assertSame( 'recommended', $result['status'] );
		$this->assertSame( 'The plugin\'s plain-PHP fallback verifies Amazon SNS deliveries', $result['label'] );
		$this->assertStringContainsString( 'about 5× slower', $result['description'] );
		$this->assertStringContainsString( './build.sh install', $result['description'] );
	}

	public function testTheFallbacksSiteHealthResultCarriesAFixForTheStatusLine(): void {
		// The status line shows a result's label and fix only.
		$result = $this->site->site_health( 'quillcrm_bounce_extension' );

		$this->assertStringContainsString( '<strong>Fix:</strong> Build and load the quillcrm_sns PHP extension', $result['description'] );
	}

	public function testSiteHealthNamesTheFallbacksTestTrustDirectives(): void {
		$result = $this->site->site_health( 'quillcrm_bounce_test_trust' );

		$this->assertSame( 'critical', $result['status'] );
		$this->assertStringContainsString( 'Remove the quillcrm_sns.test_ca_file, quillcrm_sns.test_resolve and quillcrm_sns.test_imds_endpoint lines from php.ini', $result['description'] );
	}

	public function testSiteHealthInfoSaysTheFallbackVerifies(): void {
		$section = $this->site->wp_eval(
			"require_once ABSPATH . 'wp-admin/includes/admin.php'; require_once ABSPATH . 'wp-admin/includes/class-wp-debug-data.php';"
			. ' return WP_Debug_Data::debug_data()["quillcrm-bounce"];'
		);

		$this->assertStringStartsWith( 'php ', $section['fields']['extension']['debug'] );
		$this->assertStringStartsWith( 'the plain-PHP fallback', $section['fields']['extension']['value'] );
	}

	public function testLosingTheExtensionEmailsTheSiteAdminOnce(): void {
		$this->site->set_option( 'quillcrm_bounce_implementation', 'extension' );
		$before = count( $this->site->mails() );

		$this->site->request( 'GET', $this->site->url( '/' ) );
		$this->site->request( 'GET', $this->site->url( '/' ) );

		// Received by the stack's SMTP sink.
		$mails = array_values( array_filter( array_slice( $this->site->mails(), $before ), static fn( array $m ): bool => str_contains( $m['subject'], 'lost its PHP extension' ) ) );
		$this->assertCount( 1, $mails, 'one email, not one per request' );
		$this->assertSame( array( $this->site->stack['admin_email'] ), $mails[0]['rcpt_tos'] );
		$this->assertStringContainsString( 'This PHP is version ' . PHP_VERSION . ' and loads extensions from /', str_replace( array( "=\r\n", "\r\n" ), array( '', ' ' ), $mails[0]['data'] ) );
		$this->assertSame( 'php', $this->site->option( 'quillcrm_bounce_implementation' ) );
	}

	/** The loss emails sent since $before. */
	private function loss_mails( int $before, string $subject ): array {
		return array_values( array_filter( array_slice( $this->site->mails(), $before ), static fn( array $m ): bool => str_contains( $m['subject'], $subject ) ) );
	}

	public function testALossIsMailedAtMostOnceADay(): void {
		// Web nodes with and without the extension behind one address flip
		// the record at every other request.
		$before = count( $this->site->mails() );
		foreach ( array( 1, 2, 3 ) as $flip ) {
			$this->site->set_option( 'quillcrm_bounce_implementation', 'extension' );
			$this->site->request( 'GET', $this->site->url( '/' ) );
		}

		$this->assertCount( 1, $this->loss_mails( $before, 'lost its PHP extension' ) );
	}

	public function testALossHeldBackByTheDailyLimitIsMailedWhenTheDayIsUp(): void {
		$before = count( $this->site->mails() );
		foreach ( array( 1, 2 ) as $flip ) {
			$this->site->set_option( 'quillcrm_bounce_implementation', 'extension' );
			$this->site->request( 'GET', $this->site->url( '/' ) );
		}
		$this->assertCount( 1, $this->loss_mails( $before, 'lost its PHP extension' ) );

		// A day later (the last email's time moved back), with no new flip.
		$this->site->set_option(
			'quillcrm_bounce_loss_mail_sent_at',
			array(
				'at'             => time() - 86400 - 60,
				'implementation' => 'php',
			)
		);
		$this->site->request( 'GET', $this->site->url( '/' ) );

		$this->assertCount( 2, $this->loss_mails( $before, 'lost its PHP extension' ) );
	}

	public function testALossFirstSeenByAWebhookDeliveryIsStillMailedOnce(): void {
		$this->site->set_option( 'quillcrm_bounce_implementation', 'extension' );
		$before = count( $this->site->mails() );

		$this->assertAnswer( 200, $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $this->new_contact( 'loss-by-webhook' ) ) ) ), 'bounce' );
		$this->site->request( 'GET', $this->site->url( '/' ) );
		$this->site->request( 'GET', $this->site->url( '/' ) );

		$this->assertCount( 1, $this->loss_mails( $before, 'lost its PHP extension' ) );
	}

	public function testTheLossEmailIsInTheSitesLanguage(): void {
		// A German translation of the subject in the plugin's own languages/
		// folder, which load_plugin_textdomain() reads at init (WordPress's
		// just-in-time loading before it only reads wp-content/languages/).
		$mo = $this->site->wp_eval(
			"require_once ABSPATH . WPINC . '/pomo/mo.php'; \$mo = new MO();"
			. " \$mo->set_header( 'Content-Type', 'text/plain; charset=UTF-8' );"
			. " \$mo->add_entry( new Translation_Entry( array( 'singular' => '[%s] Bounce handling lost its PHP extension', 'translations' => array( '[%s] E2E-DE Bounce-Verarbeitung ohne PHP-Erweiterung' ) ) ) );"
			. " \$file = dirname( QuillCRM\\Bounce\\PLUGIN_FILE ) . '/languages/quillcrm-bounce-de_DE.mo';"
			. ' return $mo->export_to_file( $file ) ? $file : null;'
		);
		$this->assertIsString( $mo );
		$this->site->set_option( 'WPLANG', 'de_DE' );
		$this->site->set_option( 'quillcrm_bounce_implementation', 'extension' );
		$before = count( $this->site->mails() );
		try {
			$this->site->request( 'GET', $this->site->url( '/' ) );
		} finally {
			$this->site->set_option( 'WPLANG', '' );
			unlink( $mo );
		}

		$this->assertCount( 1, $this->loss_mails( $before, 'E2E-DE Bounce-Verarbeitung ohne PHP-Erweiterung' ) );
	}
}
