<?php
/**
 * The Verification block of the settings page says what verifies
 * deliveries on this PHP, and names every test-only directive that is on.
 * (Extension-only: the fallback suite does not run this file.)
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\AdminPage;

final class VerificationStatusTest extends E2eTestCase {

	/** Renders QuillCRM → Settings as an administrator, in a CLI WordPress. */
	private const RENDER_SETTINGS = 'require_once ABSPATH . "wp-admin/includes/admin.php";'
		. ' wp_set_current_user( (int) get_users( array( "role" => "administrator", "number" => 1, "fields" => "ID" ) )[0] );'
		. ' ob_start(); \QuillCRM\Bounce\SettingsPage::render(); return ob_get_clean();';

	public function testEveryTestOnlyDirectiveThatIsOnIsNamedOnThePage(): void {
		$warning = (string) AdminPage::text( ( new AdminPage( $this->site ) )->settings(), 'quillcrm-test-trust-warning' );

		foreach ( array( 'test_ca_file', 'test_resolve', 'test_imds_endpoint' ) as $directive ) {
			$this->assertStringContainsString( 'quillcrm_sns.' . $directive . ' = ', $warning, "this site runs with quillcrm_sns.$directive set" );
		}
	}

	public function testWhenNeitherTheExtensionNorTheFallbackCanRunThePageSaysNothingVerifies(): void {
		// `php -n` with mysqli only: no extension, and no curl for the fallback.
		$flags = array_merge( array( '-n', '-d', 'extension=mysqlnd', '-d', 'extension=mysqli' ), $this->site->php_flags_without_the_extension() );

		$status = (string) AdminPage::text( (string) $this->site->wp_eval( self::RENDER_SETTINGS, $flags ), 'quillcrm-extension-status' );

		$this->assertStringStartsWith( 'Neither the quillcrm_sns PHP extension nor the plugin\'s plain-PHP fallback can verify', $status );
		$this->assertStringContainsString( 'this PHP lacks curl', $status );
		$this->assertStringNotContainsString( 'fallback verifies deliveries', $status );
	}
}
