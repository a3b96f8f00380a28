<?php
/**
 * The Amazon SES payload inside an SNS Notification's Message, and its
 * classification (rule 12). Mirrors src/ses.rs, including how leniently
 * each field is read: a value of another JSON type reads as absent, and a
 * field the extension reads that appears twice in one object makes the
 * whole Message "not an SES notification" (serde's derive refuses it).
 *
 * @package QuillCRM\Sns\Polyfill
 */

namespace QuillCRM\Sns\Polyfill;

/**
 * Rule 12.
 */
final class Ses {

	/** The fields read at each level of the payload. */
	private const PAYLOAD   = array( 'notificationType', 'eventType', 'mail', 'bounce', 'complaint', 'delivery' );
	private const MAIL      = array( 'messageId', 'source', 'timestamp', 'destination' );
	private const BOUNCE    = array( 'bounceType', 'bounceSubType', 'feedbackId', 'timestamp', 'bouncedRecipients' );
	private const BOUNCED   = array( 'emailAddress', 'action', 'status', 'diagnosticCode' );
	private const COMPLAINT = array( 'complaintFeedbackType', 'complaintSubType', 'feedbackId', 'timestamp', 'complainedRecipients' );
	private const COMPLAINED = array( 'emailAddress' );
	private const DELIVERY  = array( 'timestamp', 'smtpResponse', 'recipients' );

	/**
	 * Classifies the Message of a verified Notification. Never fails.
	 *
	 * @param string $message The Message.
	 * @return array{outcome: string, notification: ?array<string, mixed>, recipients: list<array<string, mixed>>, detail: string}
	 */
	public static function classify( string $message ): array {
		try {
			$payload = self::fields( StrictJson::decode( $message ), self::PAYLOAD );
			if ( null === $payload ) {
				return self::ignored( null, 'The message is not an SES notification.' );
			}
			$notification_type = self::text( $payload['notificationType'] );
			$event_type        = self::text( $payload['eventType'] );
			if ( ( null === $notification_type ) === ( null === $event_type ) ) {
				return self::ignored( null, 'The message is not an SES notification.' );
			}
			$kind         = $notification_type ?? $event_type;
			$mail         = self::fields( $payload['mail'], self::MAIL ) ?? array_fill_keys( self::MAIL, null );
			$notification = array(
				'kind'                    => $kind,
				'format'                  => null !== $notification_type ? 'notification' : 'event',
				'mail_message_id'         => self::text( $mail['messageId'] ),
				'feedback_id'             => null,
				'bounce_type'             => null,
				'bounce_sub_type'         => null,
				'complaint_feedback_type' => null,
				'complaint_sub_type'      => null,
				'source'                  => self::text( $mail['source'] ),
				'timestamp'               => null,
				'mail_timestamp'          => self::text( $mail['timestamp'] ),
			);
			$destination = array();
			foreach ( self::strings( $mail['destination'] ) as $address ) {
				$bare = self::bare_address( $address );
				if ( null !== $bare ) {
					$destination[] = $bare;
				}
			}
			switch ( $kind ) {
				case 'Bounce':
					return self::bounce( $notification, self::fields( $payload['bounce'], self::BOUNCE ) ?? array_fill_keys( self::BOUNCE, null ), $destination );
				case 'Complaint':
					return self::complaint( $notification, self::fields( $payload['complaint'], self::COMPLAINT ) ?? array_fill_keys( self::COMPLAINT, null ), $destination );
				case 'Delivery':
					return self::delivery( $notification, self::fields( $payload['delivery'], self::DELIVERY ) ?? array_fill_keys( self::DELIVERY, null ), $destination );
				case 'AmazonSnsSubscriptionSucceeded':
					return self::ignored( $notification, 'SES confirmed that it can publish to this topic.' );
			}
			return self::ignored( $notification, 'The SES event does not change a contact.' );
		} catch ( JsonError $error ) {
			return self::ignored( null, 'The message is not an SES notification.' );
		}
	}

	/**
	 * Permanent = hard; Transient, Undetermined and unknown types = soft.
	 *
	 * @param array<string, mixed> $notification The facts so far.
	 * @param array<string, mixed> $bounce       The bounce's fields.
	 * @param string[]             $destination  mail.destination, bare.
	 * @throws JsonError When a recipient repeats a field.
	 */
	private static function bounce( array $notification, array $bounce, array $destination ): array {
		$notification['bounce_type']     = self::text( $bounce['bounceType'] );
		$notification['bounce_sub_type'] = self::text( $bounce['bounceSubType'] );
		$notification['feedback_id']     = self::text( $bounce['feedbackId'] );
		$notification['timestamp']       = self::text( $bounce['timestamp'] );
		$class                           = 'Permanent' === $notification['bounce_type'] ? 'hard' : 'soft';
		$recipients                      = array();
		foreach ( self::objects( $bounce['bouncedRecipients'], self::BOUNCED ) as $entry ) {
			$email = self::bare_address( self::text( $entry['emailAddress'] ) );
			if ( null !== $email ) {
				$recipients[] = self::recipient( $email, self::applies_to( $email, $destination, true ), $class, self::text( $entry['status'] ), self::text( $entry['action'] ), self::text( $entry['diagnosticCode'] ) );
			}
		}
		return self::with_recipients( 'bounce', $notification, $recipients );
	}

	/**
	 * A not-spam report (RFC 5965 section 7.3), in any letter case, changes nothing.
	 *
	 * @param array<string, mixed> $notification The facts so far.
	 * @param array<string, mixed> $complaint    The complaint's fields.
	 * @param string[]             $destination  mail.destination, bare.
	 * @throws JsonError When a recipient repeats a field.
	 */
	private static function complaint( array $notification, array $complaint, array $destination ): array {
		$notification['complaint_feedback_type'] = self::text( $complaint['complaintFeedbackType'] );
		$notification['complaint_sub_type']      = self::text( $complaint['complaintSubType'] );
		$notification['feedback_id']             = self::text( $complaint['feedbackId'] );
		$notification['timestamp']               = self::text( $complaint['timestamp'] );
		if ( null !== $notification['complaint_feedback_type'] && 'not-spam' === Text::ascii_lowercase( Text::trim( $notification['complaint_feedback_type'] ) ) ) {
			return self::ignored( $notification, 'The complaint is a not-spam report.' );
		}
		$recipients = array();
		foreach ( self::objects( $complaint['complainedRecipients'], self::COMPLAINED ) as $entry ) {
			$email = self::bare_address( self::text( $entry['emailAddress'] ) );
			if ( null !== $email ) {
				$recipients[] = self::recipient( $email, self::applies_to( $email, $destination, false ), 'complaint', null, null, null );
			}
		}
		return self::with_recipients( 'complaint', $notification, $recipients );
	}

	/**
	 * @param array<string, mixed> $notification The facts so far.
	 * @param array<string, mixed> $delivery     The delivery's fields.
	 * @param string[]             $destination  mail.destination, bare.
	 */
	private static function delivery( array $notification, array $delivery, array $destination ): array {
		$notification['timestamp'] = self::text( $delivery['timestamp'] );
		$smtp_response             = self::text( $delivery['smtpResponse'] );
		$recipients                = array();
		foreach ( self::strings( $delivery['recipients'] ) as $address ) {
			$email = self::bare_address( $address );
			if ( null !== $email ) {
				$recipients[] = self::recipient( $email, self::applies_to( $email, $destination, false ), 'delivery', null, null, $smtp_response );
			}
		}
		return self::with_recipients( 'delivery', $notification, $recipients );
	}

	/**
	 * The mail.destination address an event for $reported applies to; a
	 * bounce of a mail sent to exactly one address applies to that one.
	 *
	 * @param string   $reported    The reported address, bare.
	 * @param string[] $destination mail.destination, bare.
	 * @param bool     $follows     A bounce (it may name a forward's target).
	 */
	private static function applies_to( string $reported, array $destination, bool $follows ): ?string {
		if ( in_array( $reported, $destination, true ) ) {
			return $reported;
		}
		return $follows && 1 === count( $destination ) ? $destination[0] : null;
	}

	/**
	 * The bare address of `addr` or `Display Name <addr>`, ASCII letters
	 * lower-cased; null when it is not one address.
	 *
	 * @param string|null $raw Candidate.
	 */
	public static function bare_address( ?string $raw ): ?string {
		if ( null === $raw ) {
			return null;
		}
		$raw   = Text::trim( $raw );
		$open  = strrpos( $raw, '<' );
		$close = str_ends_with( $raw, '>' );
		if ( false !== $open && $close ) {
			$inner = substr( $raw, $open + 1, -1 );
		} elseif ( false === $open && ! $close ) {
			$inner = $raw;
		} else {
			return null;
		}
		$address = Text::trim( $inner );
		$at      = strrpos( $address, '@' );
		if ( false === $at || 0 === $at || strlen( $address ) - 1 === $at || strlen( $address ) > 254 ) {
			return null;
		}
		if ( 1 === preg_match( '/[\x00-\x20\x7f<>]/', $address ) ) {
			return null;
		}
		return Text::ascii_lowercase( $address );
	}

	private static function recipient( string $email, ?string $applies_to, string $class, ?string $status, ?string $action, ?string $diagnostic ): array {
		return array(
			'email'      => $email,
			'applies_to' => $applies_to,
			'class'      => $class,
			'status'     => $status,
			'action'     => $action,
			'diagnostic' => $diagnostic,
		);
	}

	/**
	 * @param array<string, mixed>       $notification The facts.
	 * @param list<array<string, mixed>> $recipients   The recipients.
	 */
	private static function with_recipients( string $outcome, array $notification, array $recipients ): array {
		if ( array() === $recipients ) {
			return self::ignored( $notification, 'The SES notification lists no recipient address.' );
		}
		$count = count( $recipients );
		if ( 'bounce' === $outcome ) {
			$kind   = in_array( $notification['bounce_type'], array( 'Permanent', 'Transient', 'Undetermined' ), true ) ? $notification['bounce_type'] : 'unknown-type';
			$detail = "A {$kind} bounce for {$count} recipient(s).";
		} elseif ( 'complaint' === $outcome ) {
			$detail = "A complaint for {$count} recipient(s).";
		} else {
			$detail = "A delivery to {$count} recipient(s).";
		}
		return array(
			'outcome'      => $outcome,
			'notification' => $notification,
			'recipients'   => $recipients,
			'detail'       => $detail,
		);
	}

	/** @param array<string, mixed>|null $notification */
	private static function ignored( ?array $notification, string $why ): array {
		return array(
			'outcome'      => 'ignored',
			'notification' => $notification,
			'recipients'   => array(),
			'detail'       => $why,
		);
	}

	/**
	 * The known fields of a JSON object (each null when absent), or null
	 * when $value is not an object.
	 *
	 * @param mixed    $value A decoded value.
	 * @param string[] $known The fields read.
	 * @return array<string, mixed>|null
	 * @throws JsonError When a known field appears twice.
	 */
	private static function fields( $value, array $known ): ?array {
		if ( ! $value instanceof JsonObject ) {
			return null;
		}
		$fields = array_fill_keys( $known, null );
		$seen   = array();
		foreach ( $value->members as $member ) {
			if ( ! in_array( $member[0], $known, true ) ) {
				continue;
			}
			if ( isset( $seen[ $member[0] ] ) ) {
				throw new JsonError( "duplicate field `{$member[0]}`" );
			}
			$seen[ $member[0] ]     = true;
			$fields[ $member[0] ] = $member[1];
		}
		return $fields;
	}

	/**
	 * The objects of a JSON array, as their known fields (other elements
	 * are skipped; not an array: none).
	 *
	 * @param mixed    $value A decoded value.
	 * @param string[] $known The fields read.
	 * @return list<array<string, mixed>>
	 * @throws JsonError When a known field appears twice in one.
	 */
	private static function objects( $value, array $known ): array {
		$objects = array();
		foreach ( is_array( $value ) ? $value : array() as $item ) {
			$fields = self::fields( $item, $known );
			if ( null !== $fields ) {
				$objects[] = $fields;
			}
		}
		return $objects;
	}

	/**
	 * The strings of a JSON array (other elements skipped; not an array: none).
	 *
	 * @param mixed $value A decoded value.
	 * @return string[]
	 */
	private static function strings( $value ): array {
		return is_array( $value ) ? array_values( array_filter( $value, 'is_string' ) ) : array();
	}

	/**
	 * A JSON string's value, or null for any other JSON type.
	 *
	 * @param mixed $value A decoded value.
	 */
	private static function text( $value ): ?string {
		return is_string( $value ) ? $value : null;
	}
}
