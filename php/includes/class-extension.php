<?php
/**
 * The native quillcrm_sns PHP extension: presence, version, settings, call.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * Everything the plugin knows about the extension goes through here.
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
	 * What quillcrm_sns_info() reports (version, implementation, test-only
	 * trust, cache, replay window: see php/stubs/), or null when the
	 * extension is not loaded.
	 *
	 * @return array<string, mixed>|null
	 */
	public static function info(): ?array {
		return function_exists( 'quillcrm_sns_info' ) ? \quillcrm_sns_info() : null;
	}

	/**
	 * Whether the TEST-ONLY trust directives are on (never in production).
	 */
	public static function test_trust_enabled(): bool {
		return true === ( self::info()['test_trust'] ?? false );
	}

	/**
	 * Whether $value is an SNS topic ARN, by the extension's own rule; null
	 * when the extension is not loaded (then nobody here can tell).
	 *
	 * @param mixed $value Candidate.
	 */
	public static function is_topic_arn( $value ): ?bool {
		if ( ! function_exists( 'quillcrm_sns_is_topic_arn' ) ) {
			return null;
		}
		return is_string( $value ) && \quillcrm_sns_is_topic_arn( $value );
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
			echo esc_html__( 'Amazon SNS deliveries are answered 503 until it is installed. SNS retries them (by default 3 times in one minute) and then drops them: bounces are being lost.', 'quillcrm-bounce' ) . '</p><p>';
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
			echo esc_html( self::test_trust_warning() );
			echo '</strong></p></div>';
		}
	}

	/**
	 * The warning shown wherever test-only trust is on.
	 */
	public static function test_trust_warning(): string {
		return __( 'DANGER — TEST-ONLY TRUST IS ON: the quillcrm_sns extension trusts a test CA and/or sends SNS host names to other addresses (quillcrm_sns.test_ca_file / quillcrm_sns.test_resolve), so forged SNS messages can be accepted. Never run a real site like this: remove these php.ini directives and restart PHP.', 'quillcrm-bounce' );
	}
}
