<?php
/**
 * quillcrm_sns_handle() in plain PHP: the same rules, in the same order, as
 * the extension's src/handler.rs, and the same PHP API (ext/src/php.rs).
 *
 * @package QuillCRM\Sns\Polyfill
 */

namespace QuillCRM\Sns\Polyfill;

/**
 * One SNS delivery in, one answer out.
 */
final class Handler {

	/** The version of the extension this mirrors. */
	public const VERSION = '0.1.0';

	/** SNS messages are at most 256 KiB; with JSON escaping, under twice that. */
	public const MAX_BODY_BYTES = 524288;

	/** SNS retries for at most 3600 s, plus 300 s of clock skew. */
	public const DEFAULT_MAX_AGE = 3900;

	/** How far in the future a Timestamp may be. */
	public const MAX_FUTURE_SKEW = 300;

	/** The longest retention of an SQS queue, 14 days (the extension's sqs::MAX_RETENTION). */
	public const MAX_QUEUE_RETENTION = 1209600;

	/** The longest replay window of a queued message (the extension's MAX_QUEUED_AGE). */
	public const MAX_QUEUED_AGE = self::MAX_QUEUE_RETENTION + self::DEFAULT_MAX_AGE;

	private const REQUEST_KEYS = 'key, expected_key, headers, allowed_topics, confirm, now, max_age and min_signature_version';

	private static ?self $instance = null;

	private CertificateCache $cache;
	private HttpsClient $client;
	private string $test_ca_file;
	private string $test_resolve;
	/** Where the signing key of the delivery being handled came from. */
	private ?string $origin = null;

	private function __construct() {
		$this->test_ca_file = self::system_ini( 'quillcrm_sns.test_ca_file' );
		$this->test_resolve = self::system_ini( 'quillcrm_sns.test_resolve' );
		$this->cache        = new CertificateCache( $this->test_trust() );
		$this->client       = new HttpsClient( $this->test_ca_file, $this->test_resolve );
	}

	/**
	 * A test-only trust setting, read as the extension reads its
	 * PHP_INI_SYSTEM directive of the same name: only from php.ini (its
	 * scanned files included) or the command line's -d. get_cfg_var() returns
	 * what the server's configuration files set, never a value from ini_set(),
	 * .user.ini, .htaccess or a pool's php_value
	 * (https://www.php.net/get_cfg_var), so no request, plugin or per-directory
	 * file can turn it on.
	 *
	 * @param string $name The directive, e.g. quillcrm_sns.test_ca_file.
	 */
	private static function system_ini( string $name ): string {
		$value = get_cfg_var( $name );
		return is_string( $value ) ? $value : '';
	}

	/** The PHP extensions the fallback needs (PCRE, JSON and hash are always there). */
	public const REQUIRED_PHP_EXTENSIONS = array( 'openssl', 'curl' );

	/**
	 * The required PHP extensions this PHP lacks; the fallback is defined
	 * only when there are none.
	 *
	 * @return string[]
	 */
	public static function missing_php_extensions(): array {
		return array_values( array_filter( self::REQUIRED_PHP_EXTENSIONS, static fn( string $name ): bool => ! extension_loaded( $name ) ) );
	}

	/** The process-wide state (caches, client), built on first use. */
	public static function get(): self {
		return self::$instance ??= new self();
	}

	/** Whether test-only trust is on (a directive set, even to an unusable value). */
	public function test_trust(): bool {
		return '' !== $this->test_ca_file || '' !== $this->test_resolve;
	}

	/**
	 * quillcrm_sns_handle().
	 *
	 * @param mixed $body    The raw body.
	 * @param mixed $request The request and the site's settings.
	 * @return array<string, mixed>
	 * @throws \TypeError|\ValueError As the extension throws them.
	 */
	public function handle( $body, $request, string $function = 'quillcrm_sns_handle' ): array {
		if ( ! is_string( $body ) ) {
			throw new \TypeError( "{$function}(): Argument #1 (\$body) must be of type string, " . self::type_name( $body ) . ' given' );
		}
		if ( ! is_array( $request ) ) {
			throw new \TypeError( "{$function}(): Argument #2 (\$request) must be of type array, " . self::type_name( $request ) . ' given' );
		}
		$request      = ( new RequestReader( $function ) )->read( $request );
		$facts        = null;
		$this->origin = null;
		try {
			$envelope = $this->read_envelope( $body, $request );
			$facts    = $envelope;
			$this->verify_signature( $envelope, $request );
			$accepted = $this->act_on_verified( $envelope, $request );
		} catch ( Failure $failure ) {
			return $this->answer( $failure->status(), $failure->is_retryable() ? 'retry' : 'rejected', $failure->error_code, self::redact_key( $failure->detail, $request['expected_key'] ), $facts, null, null, array() );
		}
		return $this->answer( 200, $accepted['outcome'], null, $accepted['detail'], $facts, $accepted['subscription_arn'] ?? null, $accepted['notification'] ?? null, $accepted['recipients'] ?? array() );
	}

	/**
	 * Rules 1 to 3.
	 *
	 * @param array<string, mixed> $request Read.
	 * @throws Failure
	 */
	private function read_envelope( string $body, array $request ): Envelope {
		// 1. The key, in constant time, before the body is looked at.
		if ( '' === $request['expected_key'] || null === $request['key'] || '' === $request['key'] || ! hash_equals( $request['expected_key'], $request['key'] ) ) {
			throw Failure::invalid_key();
		}
		if ( strlen( $body ) > self::MAX_BODY_BYTES ) {
			throw Failure::body_too_large();
		}
		// 2. Raw message delivery told apart from a broken body.
		$raw = $request['headers']['raw_delivery'];
		if ( null !== $raw && 'true' === Text::ascii_lowercase( Text::trim( $raw ) ) ) {
			throw Failure::raw_message_delivery();
		}
		// 3. Type and SignatureVersion are checked by the parser, in this order.
		return Envelope::parse( $body );
	}

	/**
	 * Rules 4 to 7; notes where the key came from.
	 *
	 * @param array<string, mixed> $request Read.
	 * @throws Failure
	 */
	private function verify_signature( Envelope $envelope, array $request ): void {
		$headers = $request['headers'];
		if ( null !== $headers['message_type'] && Text::trim( $headers['message_type'] ) !== $envelope->type ) {
			throw Failure::header_mismatch( 'x-amz-sns-message-type' );
		}
		if ( null !== $headers['topic_arn'] && Text::trim( $headers['topic_arn'] ) !== $envelope->topic_arn ) {
			throw Failure::header_mismatch( 'x-amz-sns-topic-arn' );
		}
		$region = AwsNames::topic_region( $envelope->topic_arn );
		if ( null === $region ) {
			throw Failure::malformed_body( 'the TopicArn is not an SNS topic ARN' );
		}
		// 4. The certificate URL policy.
		AwsNames::check_certificate_url( $envelope->signing_cert_url, $region );
		// 5 and 6. The certificate, from a cache or fetched and checked.
		list( $key, $this->origin ) = $this->cache->key_for( $envelope->signing_cert_url, $region, $this->client, $request['now'] );
		// 7. The signature. A stored key that does not verify is fetched once
		// more: the stored copy may have been swapped, only a fetch can tell.
		$string_to_sign = $envelope->string_to_sign();
		try {
			self::verify_with( $key, $envelope, $string_to_sign );
		} catch ( Failure $failure ) {
			if ( 'disk' !== $this->origin ) {
				throw $failure;
			}
			list( $key, $this->origin ) = $this->cache->key_for( $envelope->signing_cert_url, $region, $this->client, $request['now'], true );
			self::verify_with( $key, $envelope, $string_to_sign );
		}
	}

	/** @throws Failure */
	private static function verify_with( SigningKey $key, Envelope $envelope, string $string_to_sign ): void {
		if ( ! $key->is_valid_at( $envelope->timestamp_unix ) ) {
			throw Failure::invalid_certificate( 'it was not valid at the message Timestamp' );
		}
		$key->verify( $envelope->signature_version, $string_to_sign, $envelope->signature );
	}

	/**
	 * Rules 8 to 12, on a message whose signature verified.
	 *
	 * @param array<string, mixed> $request Read.
	 * @return array<string, mixed>
	 * @throws Failure
	 */
	private function act_on_verified( Envelope $envelope, array $request ): array {
		// 7, completed: the SignatureVersion the site requires.
		if ( $envelope->signature_version < $request['min_signature_version'] ) {
			throw Failure::signature_version_not_allowed( $envelope->signature_version, $request['min_signature_version'] );
		}
		// 8. The replay window.
		$age = self::age( $request['now'], $envelope->timestamp_unix );
		if ( $age > $request['max_age'] || $age < -self::MAX_FUTURE_SKEW ) {
			throw Failure::stale_message( $age );
		}
		// 9. The accepted topics.
		if ( array() !== $request['allowed_topics'] && ! in_array( $envelope->topic_arn, $request['allowed_topics'], true ) ) {
			throw Failure::topic_not_allowed();
		}
		switch ( $envelope->type ) {
			case 'SubscriptionConfirmation':
				// 10. Confirm, visiting only the one URL SNS expects.
				AwsNames::check_subscribe_url( (string) $envelope->subscribe_url, $envelope->topic_arn, (string) $envelope->token );
				if ( ! $request['confirm'] ) {
					return array(
						'outcome' => 'ignored',
						'detail'  => 'The subscription confirmation is genuine; automatic confirmation is off.',
					);
				}
				$answer = $this->client->confirm_subscription( (string) $envelope->subscribe_url );
				return array(
					'outcome'          => 'subscribed',
					'detail'           => 'The subscription was confirmed.',
					'subscription_arn' => AwsNames::subscription_arn_from_answer( $answer, $envelope->topic_arn ),
				);
			case 'UnsubscribeConfirmation':
				// 11. Nothing to visit.
				return array(
					'outcome' => 'unsubscribed',
					'detail'  => 'The subscription was deleted; no URL was visited.',
				);
		}
		// 12. Classify the SES payload.
		return Ses::classify( $envelope->message );
	}

	/** now - timestamp, saturating at PHP's int range as Rust's saturating_sub does. */
	private static function age( int $now, int $timestamp ): int {
		$age = $now - $timestamp;
		return is_int( $age ) ? $age : ( $now > $timestamp ? PHP_INT_MAX : PHP_INT_MIN );
	}

	/**
	 * @param array<string, mixed>|null $notification
	 * @param list<array<string, mixed>> $recipients
	 * @return array<string, mixed>
	 */
	private function answer( int $status, string $outcome, ?string $error, string $detail, ?Envelope $facts, ?string $subscription_arn, ?array $notification, array $recipients ): array {
		return array(
			'status'             => $status,
			'outcome'            => $outcome,
			'error'              => $error,
			'detail'             => $detail,
			'type'               => null === $facts ? null : $facts->type,
			'message_id'         => null === $facts ? null : $facts->message_id,
			'topic_arn'          => null === $facts ? null : $facts->topic_arn,
			'timestamp'          => null === $facts ? null : $facts->timestamp,
			'signature_version'  => null === $facts ? null : $facts->signature_version,
			'subscribe_url'      => null === $facts ? null : $facts->subscribe_url,
			'subscription_arn'   => $subscription_arn,
			'notification'       => $notification,
			'recipients'         => $recipients,
			'certificate_source' => $this->origin,
			'test_trust'         => $this->test_trust(),
		);
	}

	/**
	 * Removes the site key from a detail: every run of at least 6 bytes (the
	 * whole key when it is shorter) that also occurs in the key, as sent or
	 * as a detail quotes it (escaped).
	 *
	 * @param string $detail The sentence.
	 * @param string $key    The site key.
	 */
	private static function redact_key( string $detail, string $key ): string {
		$length = strlen( $detail );
		$hidden = array_fill( 0, $length, false );
		$any    = false;
		foreach ( array( $key, Failure::escape_untrusted( $key ) ) as $form ) {
			$run = min( 6, strlen( $form ) );
			if ( 0 === $run || $length < $run ) {
				continue;
			}
			$windows     = array();
			$form_length = strlen( $form );
			for ( $i = 0; $i + $run <= $form_length; $i++ ) {
				$windows[ substr( $form, $i, $run ) ] = true;
			}
			for ( $i = 0; $i + $run <= $length; $i++ ) {
				if ( isset( $windows[ substr( $detail, $i, $run ) ] ) ) {
					for ( $j = $i; $j < $i + $run; $j++ ) {
						$hidden[ $j ] = true;
					}
					$any = true;
				}
			}
		}
		if ( ! $any ) {
			return $detail;
		}
		$out = '';
		foreach ( $hidden as $at => $hide ) {
			if ( ! $hide ) {
				$out .= $detail[ $at ];
			} elseif ( 0 === $at || ! $hidden[ $at - 1 ] ) {
				$out .= '[redacted]';
			}
		}
		return Text::lossy( $out );
	}

	/**
	 * quillcrm_sns_info().
	 *
	 * @return array<string, mixed>
	 */
	public function info(): array {
		return array(
			'version'             => self::VERSION,
			'implementation'      => 'php',
			'test_trust'          => $this->test_trust(),
			'cache_dir'           => '',
			'cache_dir_state'     => 'off', // Its cache is an option of the site (CertificateCache).
			'test_ca_file'        => $this->test_ca_file,
			'test_resolve'        => $this->test_resolve,
			'test_imds_endpoint'  => '',
			'cached_certificates' => $this->cache->url_count(),
			'configuration_error' => $this->client->configuration_error(),
			'replay_window'       => self::DEFAULT_MAX_AGE,
			'max_future_skew'     => self::MAX_FUTURE_SKEW,
			// The queue intake needs the extension; the bound is the same.
			'max_queued_age'      => self::MAX_QUEUED_AGE,
			'max_queue_retention' => self::MAX_QUEUE_RETENTION,
			'max_body_bytes'      => self::MAX_BODY_BYTES,
		);
	}

	/**
	 * quillcrm_sns_is_topic_arn().
	 *
	 * @param mixed $arn Candidate.
	 * @throws \TypeError When it is not a string.
	 */
	public static function is_topic_arn( $arn ): bool {
		if ( ! is_string( $arn ) ) {
			throw new \TypeError( 'quillcrm_sns_is_topic_arn(): Argument #1 ($arn) must be of type string, ' . self::type_name( $arn ) . ' given' );
		}
		return Text::is_utf8( $arn ) && null !== AwsNames::topic_region( $arn );
	}

	/**
	 * PHP's name of a value's type, as in its own error messages.
	 *
	 * @param mixed $value Any value.
	 */
	public static function type_name( $value ): string {
		if ( null === $value ) {
			return 'null';
		}
		if ( is_bool( $value ) ) {
			return 'bool';
		}
		if ( is_int( $value ) ) {
			return 'int';
		}
		if ( is_float( $value ) ) {
			return 'float';
		}
		if ( is_string( $value ) ) {
			return 'string';
		}
		return is_array( $value ) ? 'array' : 'object';
	}
}
