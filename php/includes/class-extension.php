<?php
/**
 * The native quillcrm_sns PHP extension: presence, version, settings, call.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * Everything the plugin knows about the extension goes through here; the
 * plugin contains no fallback implementation of the verification.
 */
final class Extension {

	public const NAME = 'quillcrm_sns';

	/**
	 * Whether quillcrm_sns_handle() can be called.
	 */
	public static function is_loaded(): bool {
		return function_exists( 'quillcrm_sns_handle' );
	}

	/**
	 * The extension's version, or null when it is not loaded.
	 */
	public static function version(): ?string {
		$version = phpversion( self::NAME );
		return is_string( $version ) ? $version : null;
	}

	/**
	 * Version and php.ini settings, as reported by quillcrm_sns_info().
	 *
	 * @return array{version: ?string, test_trust: bool, cache_dir: string, test_ca_file: string, test_resolve: string}
	 */
	public static function info(): array {
		$info = function_exists( 'quillcrm_sns_info' ) ? \quillcrm_sns_info() : array();
		$info = is_array( $info ) ? $info : array();
		return array(
			'version'      => isset( $info['version'] ) ? (string) $info['version'] : self::version(),
			'test_trust'   => ! empty( $info['test_trust'] ) || ! empty( $info['test_ca_file'] ) || ! empty( $info['test_resolve'] ),
			'cache_dir'    => (string) ( $info['cache_dir'] ?? '' ),
			'test_ca_file' => (string) ( $info['test_ca_file'] ?? '' ),
			'test_resolve' => (string) ( $info['test_resolve'] ?? '' ),
		);
	}

	/**
	 * Whether the TEST-ONLY trust directives are on (never in production).
	 */
	public static function test_trust_enabled(): bool {
		return self::is_loaded() && self::info()['test_trust'];
	}

	/**
	 * Verifies, confirms and classifies one SNS delivery.
	 *
	 * @param string               $body    Raw request body.
	 * @param array<string, mixed> $request See quillcrm_sns_handle() in php/stubs/.
	 * @return array<string, mixed> The extension's result (status, outcome, error, detail, ...).
	 */
	public static function handle( string $body, array $request ): array {
		return \quillcrm_sns_handle( $body, $request );
	}

	/**
	 * Admin notice on every wp-admin page when the extension is missing, and
	 * a loud one when test-only trust is on.
	 */
	public static function render_admin_notices(): void {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		if ( ! self::is_loaded() ) {
			echo '<div class="notice notice-error"><p><strong>' . esc_html__( 'QuillCRM Bounce Handling: the quillcrm_sns PHP extension is not loaded.', 'quillcrm-bounce' ) . '</strong> ';
			echo esc_html__( 'Amazon SNS deliveries are answered 503 until it is installed; SNS retries them, so nothing is lost while it retries.', 'quillcrm-bounce' ) . '</p><p>';
			printf(
				/* translators: 1: shell command, 2: php.ini line. */
				esc_html__( 'Build and install it with %1$s from the plugin source, or add %2$s to the php.ini of the PHP that serves this site (PHP-FPM), then restart PHP.', 'quillcrm-bounce' ),
				'<code>./build.sh install</code>',
				'<code>extension=/path/to/libquillcrm_sns.so</code>'
			);
			echo '</p></div>';
			return;
		}
		if ( self::test_trust_enabled() ) {
			echo '<div class="notice notice-error" style="border-left-color:#d63638;background:#fcf0f1;"><p style="color:#8a1f11;"><strong>';
			echo esc_html__( 'DANGER: the quillcrm_sns extension runs with TEST-ONLY trust settings (quillcrm_sns.test_ca_file / quillcrm_sns.test_resolve). Forged SNS messages can be accepted. Remove these php.ini directives on any real site.', 'quillcrm-bounce' );
			echo '</strong></p></div>';
		}
	}
}
