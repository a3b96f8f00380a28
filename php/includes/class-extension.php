<?php
/**
 * The quillcrm_sns API and which implementation answers it: the native
 * extension, or the plugin's plain-PHP fallback (php/polyfill/).
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
	 * How many times faster the extension is than the plain-PHP fallback
	 * per message (bench/README.md, measurement 2: 30 µs
	 * against 146 µs of CPU per warm call on a 2-core AMD EPYC, 2026-11-30).
	 */
	public const SPEEDUP = 5;

	/** What the fallback last was seen running: extension or php (autoloaded; on multisite a network option, see record()). */
	public const IMPLEMENTATION_OPTION = 'quillcrm_bounce_implementation';

	/** Set while the email about a worse implementation waits for `init` (autoloaded). */
	public const LOSS_MAIL_OPTION = 'quillcrm_bounce_loss_mail_due';

	/** The last such email: when, and the implementation it reported (autoloaded: read while one is due). */
	public const LOSS_MAIL_SENT_OPTION = 'quillcrm_bounce_loss_mail_sent_at';

	/**
	 * Whether quillcrm_sns_handle() can be called (by the extension or the
	 * fallback, which the plugin always loads).
	 */
	public static function is_loaded(): bool {
		return function_exists( 'quillcrm_sns_handle' );
	}

	/**
	 * Whether the native extension is loaded.
	 */
	public static function is_native(): bool {
		return extension_loaded( self::NAME );
	}

	/**
	 * extension, php (the fallback), or none (the fallback lacks a PHP
	 * extension it needs: see fallback_missing()).
	 */
	public static function implementation(): string {
		if ( self::is_native() ) {
			return 'extension';
		}
		return self::is_loaded() ? 'php' : 'none';
	}

	/**
	 * The PHP extensions the fallback needs and this PHP lacks.
	 *
	 * @return string[]
	 */
	public static function fallback_missing(): array {
		return \QuillCRM\Sns\Polyfill\Handler::missing_php_extensions();
	}

	/**
	 * What quillcrm_sns_info() reports (version, implementation, test-only
	 * trust, cache, replay window: see php/stubs/), or null when neither
	 * implementation is loaded.
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
	 * Whether $value is an SNS topic ARN, by the quillcrm_sns rule; null
	 * when no implementation is loaded (then nobody here can tell).
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
	 * @return array<string, mixed> The result (status, outcome, error, detail, ...).
	 */
	public static function handle( string $body, array $request ): array {
		return \quillcrm_sns_handle( $body, $request );
	}

	/**
	 * Verifies and classifies one message taken from the SQS queue
	 * (extension only: see QueueIntake::is_available()).
	 *
	 * @param string               $body    The SQS message body.
	 * @param array<string, mixed> $request See quillcrm_sns_handle_queued() in php/stubs/.
	 * @return array<string, mixed> The result, as handle()'s.
	 */
	public static function handle_queued( string $body, array $request ): array {
		return \quillcrm_sns_handle_queued( $body, $request );
	}

	/** The implementations from best to worst. */
	private const RANK = array( 'none', 'php', 'extension' );

	/**
	 * plugins_loaded, before the webhook, in web requests: when the site ran on a better
	 * implementation before (a PHP upgrade left the .so behind, or the
	 * fallback lost a PHP extension it needs), the site admin (on a
	 * multisite network, its administrator) gets one email, sent at `init`
	 * (send_loss_mail()) once translations are loaded: by this request, or,
	 * when it is a webhook delivery (answered before `init`), by the next
	 * one. One option read per request (autoloaded on a single site; a
	 * network option on multisite, cached per request); a write only when
	 * the implementation changes.
	 */
	public static function watch_implementation(): void {
		// Deliveries are answered by the web server's PHP. A command-line
		// PHP (cron, wp-cli, bin/drain.php) often loads other extensions:
		// it would flip the record and mail the admin at every run.
		if ( 'cli' === PHP_SAPI ) {
			return;
		}
		$now  = self::implementation();
		$last = self::record( self::IMPLEMENTATION_OPTION, '' );
		if ( $now === $last ) {
			return;
		}
		self::write_record( self::IMPLEMENTATION_OPTION, $now );
		if ( is_string( $last ) && '' !== $last && self::rank( $last ) > self::rank( $now ) ) {
			self::write_record( self::LOSS_MAIL_OPTION, $now );
		}
	}

	/**
	 * init, after the plugin's translations load: the email
	 * watch_implementation() made due, sent once (the request whose DELETE
	 * removes the option sends it) by a PHP that still lacks the extension.
	 * At most one a day for the same loss: web nodes with and without the
	 * extension behind one address flip the record at every other request;
	 * a loss within the day of an email waits for the day to be up, and a
	 * worse one (no implementation at all) is sent at once.
	 */
	public static function send_loss_mail(): void {
		// A command-line PHP (often with another php.ini) is not the one that
		// lost the extension: it would drop the web server's email as "this
		// PHP has it".
		if ( 'cli' === PHP_SAPI || false === self::record( self::LOSS_MAIL_OPTION, false ) ) {
			return;
		}
		$now = self::implementation();
		if ( 'extension' === $now ) {
			self::delete_record( self::LOSS_MAIL_OPTION ); // This PHP has it: nothing to report.
			return;
		}
		if ( self::reported_today( $now ) || ! self::delete_record( self::LOSS_MAIL_OPTION ) ) {
			return;
		}
		self::write_record(
			self::LOSS_MAIL_SENT_OPTION,
			array(
				'at'             => time(),
				'implementation' => $now,
			)
		);
		// On a network, its administrator: the PHP build is the network's.
		$to   = is_multisite() ? get_site_option( 'admin_email' ) : get_option( 'admin_email' );
		$name = is_multisite() ? get_network()->site_name : get_option( 'blogname' );
		wp_mail(
			(string) $to,
			/* translators: %s: site name. */
			sprintf( __( '[%s] Bounce handling lost its PHP extension', 'quillcrm-bounce' ), wp_specialchars_decode( (string) $name, ENT_QUOTES ) ),
			self::explanation() . "\n\n" . __( 'Settings:', 'quillcrm-bounce' ) . ' ' . SettingsPage::url()
		);
	}

	/**
	 * Whether an email less than a day old reported $now or worse.
	 *
	 * @param string $now The implementation answering now.
	 */
	private static function reported_today( string $now ): bool {
		$sent = self::record( self::LOSS_MAIL_SENT_OPTION, array() );
		if ( ! is_array( $sent ) || time() - (int) ( $sent['at'] ?? 0 ) >= DAY_IN_SECONDS ) {
			return false;
		}
		return self::rank( $now ) >= self::rank( (string) ( $sent['implementation'] ?? 'none' ) );
	}

	/**
	 * One of the three options above. Every site of a multisite network
	 * runs on the same PHP: there they are network options, so that a lost
	 * extension is recorded, and mailed about, once for the network.
	 *
	 * @param string $name    IMPLEMENTATION_OPTION, LOSS_MAIL_OPTION or LOSS_MAIL_SENT_OPTION.
	 * @param mixed  $default When there is none.
	 * @return mixed
	 */
	private static function record( string $name, $default ) {
		return is_multisite() ? get_site_option( $name, $default ) : get_option( $name, $default );
	}

	/**
	 * Writes one of them (autoloaded on a single site).
	 *
	 * @param string $name  The option.
	 * @param mixed  $value Its value.
	 */
	private static function write_record( string $name, $value ): void {
		if ( is_multisite() ) {
			update_site_option( $name, $value );
		} else {
			update_option( $name, $value, true );
		}
	}

	/**
	 * Deletes one of them; whether this call deleted it (one DELETE: of
	 * two requests at once, one wins).
	 *
	 * @param string $name The option.
	 */
	private static function delete_record( string $name ): bool {
		return is_multisite() ? delete_site_option( $name ) : delete_option( $name );
	}

	/**
	 * An implementation's place in RANK (0 for one it does not know).
	 *
	 * @param string $implementation none, php or extension.
	 */
	private static function rank( string $implementation ): int {
		return (int) array_search( $implementation, self::RANK, true );
	}

	/**
	 * What answers deliveries when the extension does not, and how to bring
	 * it back: the fallback's explanation, or why nothing can answer.
	 */
	public static function explanation(): string {
		return self::is_loaded() ? self::fallback_explanation() : self::unavailable_explanation();
	}

	/**
	 * Neither the extension nor the fallback can answer.
	 */
	public static function unavailable_explanation(): string {
		return sprintf(
			/* translators: 1: PHP extension names, 2: PHP version, 3: directory. */
			__( 'Neither the quillcrm_sns PHP extension nor the plugin\'s plain-PHP fallback can verify Amazon SNS deliveries: the fallback needs PHP\'s openssl and curl extensions, and this PHP lacks %1$s. Every delivery is answered 503 (SNS retries a few times, then drops it). Install the missing PHP extension, or build quillcrm_sns for this PHP (version %2$s, extensions in %3$s), and restart PHP.', 'quillcrm-bounce' ),
			implode( ', ', self::fallback_missing() ),
			PHP_VERSION,
			(string) ini_get( 'extension_dir' )
		);
	}

	/**
	 * Why the fallback answers and how to bring the extension back, naming
	 * this PHP's version and the directory it loads extensions from.
	 */
	public static function fallback_explanation(): string {
		return sprintf(
			/* translators: 1: speed factor, 2: PHP version, 3: directory. */
			__( 'The quillcrm_sns PHP extension is not loaded, so Amazon SNS deliveries are verified by the plugin\'s plain-PHP fallback: the same rules, about %1$d× slower per message. This PHP is version %2$s and loads extensions from %3$s: build the extension for it (./build.sh install from the plugin\'s source, or cargo build --release and copy target/release/libquillcrm_sns.so there as quillcrm_sns.so), add extension=quillcrm_sns.so to the php.ini of PHP-FPM, and restart PHP.', 'quillcrm-bounce' ),
			self::SPEEDUP,
			PHP_VERSION,
			(string) ini_get( 'extension_dir' )
		);
	}

	/**
	 * Admin notices on every wp-admin page: the fallback answering (on a
	 * multisite network, to its administrators only), and a loud one to
	 * every site administrator when test-only trust is on.
	 */
	public static function render_admin_notices(): void {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		// What to do about the PHP build, to those who can do it.
		$may_fix_php = current_user_can( SettingsPage::server_capability() );
		if ( $may_fix_php && ! self::is_loaded() ) {
			echo '<div class="notice notice-error" id="quillcrm-unavailable-notice"><p><strong>' . esc_html__( 'QuillCRM Bounce Handling cannot verify deliveries.', 'quillcrm-bounce' ) . '</strong> ' . esc_html( self::unavailable_explanation() ) . '</p></div>';
		} elseif ( $may_fix_php && ! self::is_native() ) {
			echo '<div class="notice notice-warning" id="quillcrm-fallback-notice"><p><strong>' . esc_html__( 'QuillCRM Bounce Handling runs on its plain-PHP fallback.', 'quillcrm-bounce' ) . '</strong> ' . esc_html( self::fallback_explanation() ) . '</p></div>';
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
		return self::is_native()
			? __( 'DANGER — TEST-ONLY TRUST IS ON: the quillcrm_sns extension trusts a test CA, and/or sends SNS and SQS host names to other addresses, and/or asks another instance metadata service for AWS credentials (quillcrm_sns.test_ca_file / quillcrm_sns.test_resolve / quillcrm_sns.test_imds_endpoint), so forged SNS messages can be accepted and AWS calls reach other servers. Never run a real site like this: remove these php.ini directives and restart PHP.', 'quillcrm-bounce' )
			: __( 'DANGER — TEST-ONLY TRUST IS ON: the plain-PHP fallback trusts a test CA and/or sends SNS host names to other addresses (quillcrm_sns.test_ca_file / quillcrm_sns.test_resolve), so forged SNS messages can be accepted. Never run a real site like this: remove these php.ini directives and restart PHP.', 'quillcrm-bounce' );
	}
}
