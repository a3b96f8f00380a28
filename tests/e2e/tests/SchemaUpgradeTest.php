<?php
/**
 * Tables are created and upgraded on activation, on admin requests and by
 * the first delivery with the right key after an update (WordPress runs no
 * activation hook when it updates a plugin), never in a visitor's request;
 * a delivery that finds a table or column missing at the current version is
 * answered 503 schema_missing (SNS retries).
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\Site;

final class SchemaUpgradeTest extends E2eTestCase {
	private const VERSION_OPTION = 'quillcrm_bounce_db_version';
	private const ASIDE          = 'quillcrm_bounce_dedup_e2e_aside';

	/** The version the plugin's tables are at before the test. */
	private string $version = '';

	protected function setUp(): void {
		parent::setUp();
		$this->version = (string) $this->site->option( self::VERSION_OPTION );
	}

	protected function tearDown(): void {
		$dedup = $this->site->table( 'quillcrm_bounce_dedup' );
		$aside = $this->site->table( self::ASIDE );
		if ( $this->table_exists( $aside ) ) {
			$this->site->exec( "DROP TABLE IF EXISTS $dedup" );
			$this->site->exec( "RENAME TABLE $aside TO $dedup" );
		}
		$this->site->set_option( self::VERSION_OPTION, $this->version );
		parent::tearDown();
	}

	public function testFrontEndRequestDoesNotRunTheUpgradeButAnAdminRequestDoes(): void {
		$this->site->set_option( self::VERSION_OPTION, '0' );

		$front = $this->site->request( 'GET', $this->site->url( '/' ) );

		$this->assertSame( 200, $front['status'] );
		$this->assertSame( '0', (string) $this->site->option( self::VERSION_OPTION ), 'a front-end request leaves the stale version alone' );

		$admin = $this->site->request( 'GET', $this->site->url( '/wp-admin/' ), '', array(), $this->site->admin_cookie_jar() );

		$this->assertSame( 200, $admin['status'] );
		$this->assertSame( $this->version, (string) $this->site->option( self::VERSION_OPTION ), 'an admin request upgrades the tables' );
	}

	public function testTablesOfANewerVersionThanTheCodeAreNotUpgradedOnEveryRequest(): void {
		// The plugin was rolled back to an older release.
		$this->site->set_option( self::VERSION_OPTION, (string) ( (int) $this->version + 1 ) );

		$this->assertFalse( $this->site->wp_eval( 'return \\QuillCRM\\Bounce\\Schema::needs_upgrade();' ) );
	}

	public function testVisitorsWhoAreNotLoggedInNeverRunTheUpgrade(): void {
		$this->site->set_option( self::VERSION_OPTION, '0' );

		// admin_init runs for these too, for anyone on the internet.
		$ajax = $this->site->request( 'POST', $this->site->url( '/wp-admin/admin-ajax.php' ), 'action=quillcrm-e2e-nothing', array( 'Content-Type: application/x-www-form-urlencoded' ) );
		$post = $this->site->request( 'POST', $this->site->url( '/wp-admin/admin-post.php' ), 'action=quillcrm-e2e-nothing', array( 'Content-Type: application/x-www-form-urlencoded' ) );

		$this->assertSame( array( 400, 400 ), array( $ajax['status'], $post['status'] ), 'both ran WordPress\'s admin bootstrap (and found no such action)' );
		$this->assertSame( '0', (string) $this->site->option( self::VERSION_OPTION ), 'no schema upgrade for a visitor' );
	}

	public function testTheFirstDeliveryAfterAnUpdateBringsTheTablesUpToDateAndIsApplied(): void {
		$email = $this->new_contact( 'schema-updated' );
		$dedup = $this->site->table( 'quillcrm_bounce_dedup' );
		$this->site->exec( "RENAME TABLE $dedup TO " . $this->site->table( self::ASIDE ) );
		$this->site->set_option( self::VERSION_OPTION, '1' ); // Files of a newer version over tables of version 1.

		$r = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ) );

		$this->assertAnswer( 200, $r, 'bounce' );
		$this->assertContactState( $email, 'bounced', 0 );
		$this->assertTrue( $this->table_exists( $dedup ) );
		$this->assertSame( $this->version, (string) $this->site->option( self::VERSION_OPTION ) );
	}

	public function testADeliveryWithAWrongKeyNeverRunsTheUpgrade(): void {
		$this->site->set_option( self::VERSION_OPTION, '0' );

		$r = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $this->new_contact( 'schema-wrong-key' ) ) ), $this->site->webhook_url( 'not-the-key' ) );

		$this->assertAnswer( 403, $r, 'rejected', 'invalid_key' );
		$this->assertSame( '0', (string) $this->site->option( self::VERSION_OPTION ) );
	}

	public function testDeliveryWithATableLostAtTheCurrentVersionAnswers503SchemaMissingAndCreatesNothing(): void {
		$email = $this->new_contact( 'schema-missing' );
		$dedup = $this->site->table( 'quillcrm_bounce_dedup' );
		$this->site->exec( "RENAME TABLE $dedup TO " . $this->site->table( self::ASIDE ) );

		$r = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ) );

		$this->assertAnswer( 503, $r, 'retry', 'schema_missing' );
		$this->assertFalse( $this->table_exists( $dedup ), 'the webhook did not create the table inline' );
		$this->assertContactState( $email, 'subscribed', 0 );
	}

	public function testDeliveryWithAColumnMissingAtTheCurrentVersionAnswers503SchemaMissing(): void {
		$email  = $this->new_contact( 'column-missing' );
		$states = $this->site->table( 'quillcrm_bounce_contact_states' );
		$this->site->exec( "ALTER TABLE $states DROP COLUMN status_before" );
		try {
			$r = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ) );

			$this->assertAnswer( 503, $r, 'retry', 'schema_missing' );
			$this->assertContactState( $email, 'subscribed', 0 );
		} finally {
			$this->site->exec( "ALTER TABLE $states ADD COLUMN status_before varchar(20) NULL DEFAULT NULL AFTER bounce_reason" );
		}
	}

	public function testAnAdminPageAfterADeliveryFoundAColumnMissingRestoresItAndTheRetryIsApplied(): void {
		$email    = $this->new_contact( 'column-repaired' );
		$states   = $this->site->table( 'quillcrm_bounce_contact_states' );
		$envelope = $this->notification( SesPayload::permanent_bounce( $email ) );
		$this->site->exec( "ALTER TABLE $states DROP COLUMN status_before" );
		try {
			$this->assertAnswer( 503, $this->site->deliver( $envelope ), 'retry', 'schema_missing' );

			$this->site->request( 'GET', $this->site->url( '/wp-admin/' ), '', array(), $this->site->admin_cookie_jar() );

			$this->assertContains( 'status_before', $this->columns( $states ), 'the admin request ran the repair schema_missing asked for' );
			$this->assertAnswer( 200, $this->site->deliver( $envelope ), 'bounce', null, "SNS's retry" );
			$this->assertContactState( $email, 'bounced', 0 );
		} finally {
			if ( ! in_array( 'status_before', $this->columns( $states ), true ) ) {
				$this->site->exec( "ALTER TABLE $states ADD COLUMN status_before varchar(20) NULL DEFAULT NULL AFTER bounce_reason" );
			}
		}
	}

	public function testDeactivatingAndActivatingThePluginRestoresAColumnLostAtTheCurrentVersion(): void {
		$states = $this->site->table( 'quillcrm_bounce_contact_states' );
		$this->site->exec( "ALTER TABLE $states DROP COLUMN reactivated_at" );
		try {
			$this->site->wp_eval(
				'require_once ABSPATH . "wp-admin/includes/plugin.php";'
				. ' deactivate_plugins( "quillcrm-bounce/quillcrm-bounce.php" );'
				. ' return activate_plugin( "quillcrm-bounce/quillcrm-bounce.php" );'
			);

			$this->assertContains( 'reactivated_at', $this->columns( $states ) );
		} finally {
			if ( ! in_array( 'reactivated_at', $this->columns( $states ), true ) ) {
				$this->site->exec( "ALTER TABLE $states ADD COLUMN reactivated_at bigint(20) NULL DEFAULT NULL" );
			}
		}
	}

	/** @return list<string> */
	private function columns( string $table ): array {
		return array_column( $this->site->rows( 'SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?', array( $table ) ), 'COLUMN_NAME' );
	}

	public function testDeactivatingAndActivatingThePluginCreatesATableLostAtTheCurrentVersion(): void {
		$email = $this->new_contact( 'schema-repaired' );
		$dedup = $this->site->table( 'quillcrm_bounce_dedup' );
		$this->site->exec( "RENAME TABLE $dedup TO " . $this->site->table( self::ASIDE ) );

		$this->site->wp_eval(
			'require_once ABSPATH . "wp-admin/includes/plugin.php";'
			. ' deactivate_plugins( "quillcrm-bounce/quillcrm-bounce.php" );'
			. ' return activate_plugin( "quillcrm-bounce/quillcrm-bounce.php" );'
		);

		$this->assertTrue( $this->table_exists( $dedup ), 'activation created the missing table again' );
		$this->assertSame( $this->version, (string) $this->site->option( self::VERSION_OPTION ), 'at the version it was' );
		$this->assertAnswer( 200, $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ) ), 'bounce' );
	}

	public function testUpgradeRemovesTheOldDropInOfThisPluginButNeverASitesOwn(): void {
		$drop_in = $this->site->stack['wp_dir'] . '/wp-content/db-error.php';
		try {
			file_put_contents( $drop_in, "<?php\n/**\n * quillcrm-bounce-drop-in-version: 1\n */\n" );
			$this->site->set_option( self::VERSION_OPTION, '2' );
			$this->site->request( 'GET', $this->site->url( '/wp-admin/' ), '', array(), $this->site->admin_cookie_jar() );
			$this->assertFileDoesNotExist( $drop_in, 'the upgrade to version 3 removed the drop-in an older version installed' );

			file_put_contents( $drop_in, "<?php\n// The site's own database error page.\n" );
			$this->site->set_option( self::VERSION_OPTION, '2' );
			$this->site->request( 'GET', $this->site->url( '/wp-admin/' ), '', array(), $this->site->admin_cookie_jar() );
			$this->assertFileExists( $drop_in, "a db-error.php that is not this plugin's stays" );
			$this->assertSame( $this->version, (string) $this->site->option( self::VERSION_OPTION ) );
		} finally {
			if ( file_exists( $drop_in ) ) {
				unlink( $drop_in );
			}
		}
	}

	public function testTheUpgradeFromVersion4AddsTheHistoryAuditAndSuppressionTables(): void {
		$tables = array( 'quillcrm_bounce_recipient_events', 'quillcrm_bounce_audit', 'quillcrm_bounce_suppressions' );
		foreach ( $tables as $table ) {
			$this->site->exec( 'DROP TABLE ' . $this->site->table( $table ) );
		}
		$this->site->set_option( self::VERSION_OPTION, '4' );

		$this->site->request( 'GET', $this->site->url( '/wp-admin/' ), '', array(), $this->site->admin_cookie_jar() );

		foreach ( $tables as $table ) {
			$this->assertTrue( $this->table_exists( $this->site->table( $table ) ), "$table created by step 5" );
		}
		$this->assertSame( $this->version, (string) $this->site->option( self::VERSION_OPTION ) );
	}

	public function testTheUpgradeFromVersion5AddsWhatUnbouncingNeedsToTheContactStates(): void {
		$states = $this->site->table( 'quillcrm_bounce_contact_states' );
		$this->site->exec( "ALTER TABLE $states DROP COLUMN status_before, DROP COLUMN reactivated_at" );
		$this->site->set_option( self::VERSION_OPTION, '5' );

		$this->site->request( 'GET', $this->site->url( '/wp-admin/' ), '', array(), $this->site->admin_cookie_jar() );

		$columns = array_column( $this->site->rows( 'SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?', array( $states ) ), 'COLUMN_NAME' );
		$this->assertContains( 'status_before', $columns );
		$this->assertContains( 'reactivated_at', $columns );
		$this->assertSame( $this->version, (string) $this->site->option( self::VERSION_OPTION ) );
	}

	public function testTheUpgradeFromVersion6RecordsTheStatusAnUnbounceGaveInTheAuditTrail(): void {
		$audit = $this->site->table( 'quillcrm_bounce_audit' );
		$this->site->exec( "ALTER TABLE $audit DROP COLUMN status_after" );
		$this->site->set_option( self::VERSION_OPTION, '6' );

		$this->site->request( 'GET', $this->site->url( '/wp-admin/' ), '', array(), $this->site->admin_cookie_jar() );

		$columns = array_column( $this->site->rows( 'SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?', array( $audit ) ), 'COLUMN_NAME' );
		$this->assertContains( 'status_after', $columns );
		$this->assertSame( '7', (string) $this->site->option( self::VERSION_OPTION ) );
	}

	private function table_exists( string $table ): bool {
		return array() !== $this->site->rows( 'SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?', array( $table ) );
	}
}
