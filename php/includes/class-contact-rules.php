<?php
/**
 * The contact rules, as a pure decision.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * What one classified recipient does to a contact: a function of the
 * contact's state, the recipient's class and the threshold, with no I/O
 * (ContactUpdater locks the row, asks decide() and writes the answer).
 *
 * - hard → bounced at once;
 * - soft → soft_bounce_count + 1, bounced when it reaches the threshold;
 * - delivery → soft_bounce_count back to 0 (the threshold counts
 *   consecutive soft bounces);
 * - complaint → complained;
 * - a bounced or complained contact is never moved back to a mailable
 *   status (a complaint still turns bounced into complained).
 */
final class ContactRules {

	/** What happened to one recipient (stored in the log). */
	public const HARD_BOUNCED           = 'hard_bounced';
	public const SOFT_BOUNCED           = 'soft_bounced';
	public const SOFT_CONVERTED_TO_HARD = 'soft_converted_to_hard';
	public const COMPLAINED             = 'complained';
	public const SOFT_COUNT_RESET       = 'soft_count_reset';
	public const UNCHANGED              = 'unchanged';
	public const NO_CONTACT             = 'no_contact';

	/** Statuses no bounce or delivery moves a contact out of. */
	private const SUPPRESSED = array( 'bounced', 'complained' );

	/**
	 * The contact's new state and what to announce.
	 *
	 * @param array{status: string, soft_bounce_count: int} $contact   The contact as locked.
	 * @param string                                        $class     hard|soft|complaint|delivery.
	 * @param int                                           $threshold Soft bounces that make a contact bounced (>= 1).
	 * @return array{result: string, status: string, soft_bounce_count: int, actions: string[]}
	 *               `actions` are the suffixes of the quillcrm_bounce_contact_* actions.
	 */
	public static function decide( array $contact, string $class, int $threshold ): array {
		$status     = $contact['status'];
		$count      = $contact['soft_bounce_count'];
		$suppressed = in_array( $status, self::SUPPRESSED, true );
		switch ( $class ) {
			case 'hard':
				return $suppressed
					? self::unchanged( $contact )
					: self::become( self::HARD_BOUNCED, 'bounced', $count, array( 'hard_bounced' ) );
			case 'soft':
				if ( $suppressed ) {
					return self::unchanged( $contact );
				}
				return $count + 1 >= $threshold
					? self::become( self::SOFT_CONVERTED_TO_HARD, 'bounced', $count + 1, array( 'soft_bounced', 'soft_converted_to_hard' ) )
					: self::become( self::SOFT_BOUNCED, $status, $count + 1, array( 'soft_bounced' ) );
			case 'delivery':
				return ( $suppressed || 0 === $count )
					? self::unchanged( $contact )
					: self::become( self::SOFT_COUNT_RESET, $status, 0 );
			case 'complaint':
				return 'complained' === $status
					? self::unchanged( $contact )
					: self::become( self::COMPLAINED, 'complained', $count, array( 'complained' ) );
		}
		return self::unchanged( $contact );
	}

	/**
	 * A decision that changes the contact.
	 *
	 * @param string   $result  One of the result constants.
	 * @param string   $status  New status.
	 * @param int      $count   New soft bounce count.
	 * @param string[] $actions Action suffixes.
	 */
	private static function become( string $result, string $status, int $count, array $actions = array() ): array {
		return array(
			'result'            => $result,
			'status'            => $status,
			'soft_bounce_count' => $count,
			'actions'           => $actions,
		);
	}

	/**
	 * A decision that leaves the contact as it is.
	 *
	 * @param array{status: string, soft_bounce_count: int} $contact The contact.
	 */
	private static function unchanged( array $contact ): array {
		return self::become( self::UNCHANGED, $contact['status'], $contact['soft_bounce_count'] );
	}
}
