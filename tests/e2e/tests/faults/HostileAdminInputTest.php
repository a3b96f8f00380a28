<?php
/**
 * The admin screens given what no form of theirs sends (a crafted link, a
 * hand-made POST): a clear page and no change, never a PHP fatal, warning
 * or a silent change of a setting. FaultTestCase fails a test that leaves a
 * PHP warning, notice or fatal error in the site's logs.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests\Faults;

use QuillCRM\E2E\AdminPage;

final class HostileAdminInputTest extends FaultTestCase {
	private const THRESHOLD = 'quillcrm_bounce_soft_threshold';
	private const WINDOW    = 'quillcrm_bounce_soft_window_days';
	/** What a partial settings form also saves (the fields it lacks as unset). */
	private const ALSO_SAVED = array( 'quillcrm_bounce_complaint_action', 'quillcrm_bounce_policy', 'quillcrm_bounce_min_signature_version', 'quillcrm_bounce_rate_sample', 'quillcrm_bounce_bounce_rate_alert', 'quillcrm_bounce_complaint_rate_alert' );

	private AdminPage $admin;
	/** @var array<string, mixed> */
	private array $saved_options = array();

	protected function setUp(): void {
		parent::setUp();
		$this->admin = new AdminPage( $this->site );
		foreach ( array_merge( array( self::THRESHOLD, self::WINDOW ), self::ALSO_SAVED ) as $option ) {
			$this->saved_options[ $option ] = $this->site->option( $option );
		}
		$this->site->set_option( self::THRESHOLD, 3 );
		$this->site->set_option( self::WINDOW, 0 );
	}

	protected function tearDown(): void {
		foreach ( $this->saved_options as $option => $value ) {
			if ( null === $value ) {
				$this->site->exec( 'DELETE FROM ' . $this->site->table( 'options' ) . ' WHERE option_name = ?', array( $option ) );
			} else {
				$this->site->set_option( $option, $value );
			}
		}
		parent::tearDown();
	}

	public function testASettingsNumberBeyondPhpsIntegerRangeIsClampedToTheSettingsRange(): void {
		$r = $this->admin->post(
			$this->admin->settings(),
			'quillcrm_bounce_save_settings',
			array(
				'quillcrm_soft_threshold'   => '99999999999999999999',
				'quillcrm_soft_window_days' => '-99999999999999999999',
			)
		);

		$this->assertSame( 302, $r['status'], $r['body'] );
		$this->assertStringContainsString( 'quillcrm_bounce_notice=saved', $r['headers']['location'] ?? '' );
		$this->assertSame( '100', (string) $this->site->option( self::THRESHOLD ), 'the largest threshold' );
		$this->assertSame( '0', (string) $this->site->option( self::WINDOW ), 'no window' );
	}

	public function testASettingsNumberThatIsNotAWholeNumberSavesNothing(): void {
		$r = $this->admin->post(
			$this->admin->settings(),
			'quillcrm_bounce_save_settings',
			array(
				'quillcrm_soft_threshold'   => '2abc',
				'quillcrm_soft_window_days' => '30',
			)
		);

		$this->assertStringContainsString( 'quillcrm_bounce_notice=not_whole_number', $r['headers']['location'] ?? '' );
		$this->assertSame( '3', (string) $this->site->option( self::THRESHOLD ) );
		$this->assertSame( '0', (string) $this->site->option( self::WINDOW ), 'nothing else was saved either' );
		$this->assertStringContainsString( 'Nothing was saved: a number field held something other than a whole number.', $this->admin->settings( 'quillcrm_bounce_notice=not_whole_number' ) );
	}

	public function testASettingsNumberWithLeadingZerosIsThatNumber(): void {
		$this->admin->post( $this->admin->settings(), 'quillcrm_bounce_save_settings', array( 'quillcrm_soft_threshold' => '05' ) );

		$this->assertSame( '5', (string) $this->site->option( self::THRESHOLD ) );
	}

	public function testAnAlertLevelTypedWithAPercentSignIsThatPercentage(): void {
		$r = $this->admin->post( $this->admin->settings(), 'quillcrm_bounce_save_settings', array( 'quillcrm_bounce_alert' => '3 %' ) );

		$this->assertStringContainsString( 'quillcrm_bounce_notice=saved', $r['headers']['location'] ?? '' );
		$this->assertSame( '3', (string) $this->site->option( 'quillcrm_bounce_bounce_rate_alert' ) );
	}

	public function testAnAlertLevelThatIsNotANumberSavesNothingAndSaysSo(): void {
		$before = $this->site->option( 'quillcrm_bounce_bounce_rate_alert' );

		$r = $this->admin->post(
			$this->admin->settings(),
			'quillcrm_bounce_save_settings',
			array(
				'quillcrm_bounce_alert'   => 'three',
				'quillcrm_soft_threshold' => '4',
			)
		);

		$this->assertStringContainsString( 'quillcrm_bounce_notice=not_a_percentage', $r['headers']['location'] ?? '' );
		$this->assertSame( $before, $this->site->option( 'quillcrm_bounce_bounce_rate_alert' ) );
		$this->assertSame( '3', (string) $this->site->option( self::THRESHOLD ), 'nothing else was saved either' );
		$this->assertStringContainsString( 'Nothing was saved: an alert level held something other than a percentage such as 0.5.', $this->admin->settings( 'quillcrm_bounce_notice=not_a_percentage' ) );
	}

	public function testAContactIdBeyondPhpsIntegerRangeIsNoSuchContact(): void {
		$page = $this->admin->get( 'admin.php?page=quillcrm-bounces&contact=-9223372036854775808' );

		$this->assertSame( 200, $page['status'] );
		$this->assertStringContainsString( 'There is no such contact.', $page['body'] );
	}

	public function testAPageNumberBeyondTheLastShowsTheLastPage(): void {
		$email = $this->new_contact( 'hostile-paged', 'bounced' );

		$page = $this->admin->get( 'admin.php?page=quillcrm-bounces&s=' . rawurlencode( $email ) . '&paged=99999999999999999999' );

		$this->assertSame( 200, $page['status'] );
		$this->assertStringContainsString( $email, (string) AdminPage::text( $page['body'], 'the-list' ) );
	}

	public function testASearchGivenAsAListIsNoSearch(): void {
		$page = $this->admin->get( 'admin.php?page=quillcrm-bounces&s[]=x' );

		$this->assertSame( 200, $page['status'] );
		$this->assertNotNull( AdminPage::text( $page['body'], 'the-list' ), 'the list is shown' );
		$this->assertStringNotContainsString( 'Search results for', $page['body'] );
	}
}
