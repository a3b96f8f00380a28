<?php
/**
 * What each kind of SES bounce or complaint counts as.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * The site's policy per SES type and subtype: `hard` (bounced at once),
 * `soft` (counts towards the threshold) or `none` (does not count). The
 * defaults follow the seed's rule (Permanent → hard; Transient and
 * Undetermined → soft) except where SES's subtype says the message, not the
 * mailbox, was refused, or that SES itself suppressed the address. A pure
 * function of its arguments.
 */
final class BouncePolicy {

	public const HARD = 'hard';
	public const SOFT = 'soft';
	public const NONE = 'none';

	/**
	 * The rows the settings page shows, with their defaults. SES's bounce
	 * types and subtypes: Amazon SES Developer Guide, "Amazon SNS
	 * notification contents for Amazon SES", bounce types.
	 */
	public const DEFAULTS = array(
		'Permanent/General'                  => self::HARD,
		'Permanent/NoEmail'                  => self::HARD,
		// SES refused to send: the address is on SES's global or the
		// account's suppression list.
		'Permanent/Suppressed'               => self::HARD,
		'Permanent/OnAccountSuppressionList' => self::HARD,
		'Transient/General'                  => self::SOFT,
		'Transient/MailboxFull'              => self::SOFT,
		// The message was refused, not the mailbox: the address is fine.
		'Transient/MessageTooLarge'          => self::NONE,
		'Transient/ContentRejected'          => self::NONE,
		'Transient/AttachmentRejected'       => self::NONE,
		'Undetermined/Undetermined'          => self::SOFT,
		// SES refused to send to an address on the account's suppression
		// list: nobody complained, but mail to it is dropped.
		'Complaint/OnAccountSuppressionList' => self::HARD,
	);

	/**
	 * The policy with every row, from a stored value (unknown rows and
	 * values are ignored).
	 *
	 * @param mixed $stored The option's value.
	 * @return array<string, string>
	 */
	public static function from_stored( $stored ): array {
		$policy = self::DEFAULTS;
		foreach ( is_array( $stored ) ? $stored : array() as $row => $effect ) {
			if ( isset( $policy[ $row ] ) && in_array( $effect, array( self::HARD, self::SOFT, self::NONE ), true ) ) {
				$policy[ $row ] = $effect;
			}
		}
		return $policy;
	}

	/**
	 * What one recipient of a verified notification counts as.
	 *
	 * @param array<string, mixed>  $recipient    From the extension: class.
	 * @param array<string, mixed>  $notification From the extension: bounce_type, bounce_sub_type, complaint_sub_type.
	 * @param array<string, string> $policy       From from_stored().
	 * @return array{effect: string, reason: ?string} `effect`: hard|soft|none|complaint|delivery;
	 *               `reason`: the SES type/subtype it came from.
	 */
	public static function effect( array $recipient, array $notification, array $policy ): array {
		switch ( $recipient['class'] ?? '' ) {
			case 'delivery':
				return array( 'effect' => 'delivery', 'reason' => null );
			case 'complaint':
				if ( 'OnAccountSuppressionList' === ( $notification['complaint_sub_type'] ?? null ) ) {
					$row = 'Complaint/OnAccountSuppressionList';
					return array( 'effect' => $policy[ $row ], 'reason' => $row );
				}
				return array( 'effect' => 'complaint', 'reason' => null );
		}
		$type = (string) ( $notification['bounce_type'] ?? '' );
		$row  = $type . '/' . (string) ( $notification['bounce_sub_type'] ?? '' );
		// The seed's rule for any type or subtype not in the table.
		$default = 'Permanent' === $type ? self::HARD : self::SOFT;
		return array(
			'effect' => $policy[ $row ] ?? $default,
			'reason' => $row,
		);
	}
}
