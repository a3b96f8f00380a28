<?php
/**
 * State of the SNS subscriptions pointing at the webhook.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * Records confirmations and unsubscriptions per TopicArn, and keeps the
 * verified confirmations of topics that were not accepted, so the admin can
 * accept and confirm them.
 */
final class Subscription {

	/**
	 * Map TopicArn => {state: confirming|confirmed|unsubscribed,
	 * subscription_arn, confirmed_at, unsubscribed_at} (times UTC,
	 * 'Y-m-d H:i:s'). `confirming`: accepted here, the confirmation at AWS
	 * not yet answered. No entry at all means "Pending".
	 */
	public const OPTION = 'quillcrm_bounce_subscriptions';

	/**
	 * Map TopicArn => {received_at, timestamp, subscribe_url, body}: verified
	 * SubscriptionConfirmations of topics that were not accepted (not
	 * autoloaded). SNS does not retry a 4xx, so these would be lost.
	 */
	public const REFUSED_OPTION = 'quillcrm_bounce_refused_confirmations';

	/** SNS confirmation tokens are valid for 3 days (Amazon SNS API Reference, ConfirmSubscription). */
	public const TOKEN_LIFETIME = 3 * DAY_IN_SECONDS;

	/**
	 * The HTTP/S delivery policy the settings page recommends: retries for
	 * close to the 3,600 seconds SNS allows (2 after 20 s, 7 backing off
	 * exponentially to 600 s, then 3 at 600 s), and at most 10 notifications
	 * a second. Field names: Amazon SNS Developer Guide, "Creating an HTTP/S
	 * delivery policy".
	 */
	public const RECOMMENDED_DELIVERY_POLICY = array(
		'healthyRetryPolicy' => array(
			'minDelayTarget'     => 20,
			'maxDelayTarget'     => 600,
			'numRetries'         => 12,
			'numNoDelayRetries'  => 0,
			'numMinDelayRetries' => 2,
			'numMaxDelayRetries' => 3,
			'backoffFunction'    => 'exponential',
		),
		'throttlePolicy'     => array(
			'maxReceivesPerSecond' => 10,
		),
	);

	/** Refused confirmations kept at most (the newest), and their largest body. */
	private const REFUSED_MAX      = 10;
	private const REFUSED_MAX_BODY = 65536;

	/**
	 * Creates the option when missing.
	 */
	public static function add_default(): void {
		add_option( self::OPTION, array(), '', true );
	}

	/**
	 * All recorded subscriptions.
	 *
	 * @return array<string, array<string, ?string>>
	 */
	public static function all(): array {
		$value = get_option( self::OPTION, array() );
		return is_array( $value ) ? $value : array();
	}

	/**
	 * Whether at least one topic is confirmed and not unsubscribed (of
	 * $topics, when given: a confirmed topic that is not accepted brings
	 * nothing).
	 *
	 * @param string[]|null $topics The accepted topics, or null for any.
	 */
	public static function is_confirmed( ?array $topics = null ): bool {
		foreach ( self::all() as $topic_arn => $entry ) {
			if ( 'confirmed' === ( $entry['state'] ?? '' ) && ( null === $topics || in_array( (string) $topic_arn, $topics, true ) ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Records a topic accepted here whose confirmation at AWS is under way
	 * (written before the SubscribeURL is visited, so that AWS never has a
	 * live subscription this site does not know of).
	 *
	 * @param string $topic_arn Verified TopicArn.
	 * @throws DatabaseError When the option cannot be written.
	 */
	public static function record_confirming( string $topic_arn ): void {
		$all = self::all();
		if ( 'confirmed' === ( $all[ $topic_arn ]['state'] ?? '' ) ) {
			return; // A resent confirmation of a live subscription.
		}
		$all[ $topic_arn ] = array(
			'state'            => 'confirming',
			'subscription_arn' => null,
			'confirmed_at'     => null,
			'unsubscribed_at'  => null,
		);
		self::save( $all );
	}

	/**
	 * Records a confirmed subscription.
	 *
	 * @param string      $topic_arn        Verified TopicArn.
	 * @param string|null $subscription_arn From the ConfirmSubscription answer.
	 * @throws DatabaseError When the options cannot be written.
	 */
	public static function record_confirmed( string $topic_arn, ?string $subscription_arn ): void {
		$all               = self::all();
		$all[ $topic_arn ] = array(
			'state'            => 'confirmed',
			'subscription_arn' => $subscription_arn,
			'confirmed_at'     => gmdate( 'Y-m-d H:i:s' ),
			'unsubscribed_at'  => null,
		);
		self::save( $all );
		self::forget_refused( $topic_arn );
	}

	/**
	 * Keeps a verified SubscriptionConfirmation of a topic that is not
	 * accepted, for "Accept and confirm" (the newest per topic).
	 *
	 * @param array<string, mixed> $result The extension's answer (topic_not_allowed).
	 * @param string               $body   The signed body.
	 */
	public static function keep_refused( array $result, string $body ): void {
		if ( strlen( $body ) > self::REFUSED_MAX_BODY ) {
			return;
		}
		self::change_refused(
			static function ( array $refused ) use ( $result, $body ): array {
				$refused[ (string) $result['topic_arn'] ] = array(
					'received_at'   => gmdate( 'Y-m-d H:i:s' ),
					'timestamp'     => (string) $result['timestamp'],
					'subscribe_url' => (string) $result['subscribe_url'],
					'body'          => $body,
				);
				uasort( $refused, static fn( array $a, array $b ): int => strcmp( $b['received_at'], $a['received_at'] ) );
				return array_slice( $refused, 0, self::REFUSED_MAX, true );
			}
		);
	}

	/**
	 * Changes the kept confirmations under a named lock, reading them past
	 * this request's options cache: two deliveries at once (one keeping its
	 * confirmation, one confirming its own and forgetting an old one) would
	 * each write back what it read and lose the other's change. Without the
	 * lock (not granted in 5 s) it changes them all the same.
	 *
	 * @param callable(array): ?array $change The kept confirmations → their new value, null for no change.
	 */
	private static function change_refused( callable $change ): void {
		global $wpdb;
		$lock = Schema::lock_name( 'refused_confirmations' );
		$held = '1' === (string) $wpdb->get_var( $wpdb->prepare( 'SELECT GET_LOCK(%s, 5)', $lock ) );
		try {
			// Past every cache of this request (an option a site copied
			// with autoload on is in alloptions).
			wp_cache_delete( 'alloptions', 'options' );
			wp_cache_delete( self::REFUSED_OPTION, 'options' );
			$missing = wp_cache_get( 'notoptions', 'options' );
			if ( is_array( $missing ) && isset( $missing[ self::REFUSED_OPTION ] ) ) {
				unset( $missing[ self::REFUSED_OPTION ] );
				wp_cache_set( 'notoptions', $missing, 'options' );
			}
			$changed = $change( self::refused() );
			if ( null !== $changed ) {
				update_option( self::REFUSED_OPTION, $changed, false );
			}
		} finally {
			if ( $held ) {
				$wpdb->query( $wpdb->prepare( 'SELECT RELEASE_LOCK(%s)', $lock ) );
			}
		}
	}

	/**
	 * The kept refused confirmations, newest first.
	 *
	 * @return array<string, array{received_at: string, timestamp: string, subscribe_url: string, body: string}>
	 */
	public static function refused(): array {
		$value = get_option( self::REFUSED_OPTION, array() );
		return is_array( $value ) ? $value : array();
	}

	/**
	 * Confirms the kept SubscriptionConfirmation of an accepted topic at
	 * AWS (the extension visits its SubscribeURL) and records it.
	 *
	 * @param string $topic_arn A topic with a kept confirmation, accepted.
	 * @return array{notice: string, detail: string} `notice`: confirmation_accepted, confirmation_unknown,
	 *                                              confirmation_expired or confirmation_failed (`detail`: the extension's, when it said why).
	 */
	public static function confirm_kept( string $topic_arn ): array {
		$refused = self::refused()[ $topic_arn ] ?? null;
		if ( null === $refused ) {
			return array(
				'notice' => 'confirmation_unknown',
				'detail' => '',
			);
		}
		if ( self::has_expired( $refused ) ) {
			return array(
				'notice' => 'confirmation_expired',
				'detail' => '',
			);
		}
		$result = Extension::handle(
			$refused['body'],
			array(
				'key'                   => Settings::key(),
				'expected_key'          => Settings::key(),
				'allowed_topics'        => array( $topic_arn ),
				'confirm'               => true,
				// Required since it was kept, say: then SHA1 no longer does.
				'min_signature_version' => Settings::min_signature_version(),
				// The kept message was verified when it came; its token
				// lives 3 days, so it may be confirmed until then.
				'max_age'               => self::TOKEN_LIFETIME,
			)
		);
		if ( 'subscribed' !== $result['outcome'] ) {
			return array(
				'notice' => 'confirmation_failed',
				'detail' => (string) $result['detail'],
			);
		}
		try {
			self::record_confirmed( $topic_arn, isset( $result['subscription_arn'] ) ? (string) $result['subscription_arn'] : null );
		} catch ( DatabaseError $error ) {
			return array(
				'notice' => 'confirmation_failed',
				'detail' => '',
			);
		}
		return array(
			'notice' => 'confirmation_accepted',
			'detail' => '',
		);
	}

	/**
	 * Whether a kept confirmation's token has expired (3 days after SNS sent it).
	 *
	 * @param array{timestamp: string} $refused An entry of refused().
	 */
	public static function has_expired( array $refused ): bool {
		$sent = strtotime( $refused['timestamp'] );
		return false === $sent || time() > $sent + self::TOKEN_LIFETIME;
	}

	/**
	 * Forgets a kept confirmation.
	 *
	 * @param string $topic_arn Its topic.
	 */
	public static function forget_refused( string $topic_arn ): void {
		if ( ! isset( self::refused()[ $topic_arn ] ) ) {
			return; // Not kept (as this request read it): nothing to write.
		}
		self::change_refused(
			static function ( array $refused ) use ( $topic_arn ): ?array {
				if ( ! isset( $refused[ $topic_arn ] ) ) {
					return null;
				}
				unset( $refused[ $topic_arn ] );
				return $refused;
			}
		);
	}

	/**
	 * Records an UnsubscribeConfirmation. The topic stays accepted until the
	 * admin removes it.
	 *
	 * @param string $topic_arn Verified TopicArn.
	 * @throws DatabaseError When the option cannot be written.
	 */
	public static function record_unsubscribed( string $topic_arn ): void {
		$all   = self::all();
		$entry = $all[ $topic_arn ] ?? array(
			'subscription_arn' => null,
			'confirmed_at'     => null,
		);

		$entry['state']           = 'unsubscribed';
		$entry['unsubscribed_at'] = gmdate( 'Y-m-d H:i:s' );
		$all[ $topic_arn ]        = $entry;
		self::save( $all );
	}

	/**
	 * Writes the option, turning a database error into DatabaseError.
	 *
	 * @param array<string, array<string, ?string>> $all New value.
	 * @throws DatabaseError When the option cannot be written.
	 */
	private static function save( array $all ): void {
		// update_option() returns false both when the write failed and when
		// the value was unchanged (then it runs no query, so $wpdb->last_error
		// may belong to an earlier statement). Only a stored value that
		// differs from $all is a failure; the options cache is updated only
		// by a successful write.
		if ( ! update_option( self::OPTION, $all, true ) && get_option( self::OPTION ) !== $all ) {
			throw DatabaseError::from_wpdb( 'recording the subscription state' );
		}
	}
}
