<?php
/**
 * State of the SNS subscriptions pointing at the webhook.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * Records confirmations and unsubscriptions per TopicArn, and pins the
 * first confirmed topic as the accepted one.
 */
final class Subscription {

	/**
	 * Map TopicArn => {state: confirmed|unsubscribed, subscription_arn,
	 * confirmed_at, unsubscribed_at} (times UTC, 'Y-m-d H:i:s').
	 * No entry at all means "Pending".
	 */
	public const OPTION = 'quillcrm_bounce_subscriptions';

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
	 * Whether at least one topic is confirmed and not unsubscribed.
	 */
	public static function is_confirmed(): bool {
		foreach ( self::all() as $entry ) {
			if ( 'confirmed' === ( $entry['state'] ?? '' ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Records a confirmed subscription and pins its topic when none is pinned.
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
		// Topic pinning: the first confirmed topic becomes the accepted one
		// (atomic; nothing happens when a topic is accepted already).
		Settings::pin_topic( $topic_arn );
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
