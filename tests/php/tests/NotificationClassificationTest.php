<?php
/**
 * Rule 12: a verified Notification's SES payload, classified.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

final class NotificationClassificationTest extends ExtensionTestCase {
	/** @return array<string,array{string}> */
	public function signatureVersions(): array {
		return array(
			'SignatureVersion 1 (SHA1)'   => array( '1' ),
			'SignatureVersion 2 (SHA256)' => array( '2' ),
		);
	}

	/** @dataProvider signatureVersions */
	public function testSignedHardBounceIsABounceWithOneHardRecipient( string $version ): void {
		$envelope = SnsMessages::notification( SesPayloads::hard_bounce(), array( 'SignatureVersion' => $version ) );

		$response = $this->handleEnvelope( $envelope );

		$this->assertAccepted( 'bounce', $response );
		$this->assertSame(
			array(
				array(
					'email'      => 'jane.doe@example.com',
					'applies_to' => 'jane.doe@example.com',
					'class'      => 'hard',
					'status'     => '5.1.1',
					'action'     => 'failed',
					'diagnostic' => 'smtp; 550 5.1.1 user unknown',
				),
			),
			$response['recipients']
		);
	}

	/** @dataProvider signatureVersions */
	public function testSignedHardBounceCarriesTheMessageFacts( string $version ): void {
		$envelope = SnsMessages::notification( SesPayloads::hard_bounce(), array( 'SignatureVersion' => $version ) );

		$response = $this->handleEnvelope( $envelope );

		$this->assertSame( 'Notification', $response['type'] );
		$this->assertSame( $envelope['MessageId'], $response['message_id'] );
		$this->assertSame( SnsMessages::TOPIC, $response['topic_arn'] );
		$this->assertSame( '2026-11-20T20:00:00.000Z', $response['timestamp'] );
		$this->assertNull( $response['subscription_arn'] );
		$this->assertNull( $response['error'] );
		$this->assertContains( $response['certificate_source'], array( 'memory', 'disk', 'network' ) );
		$this->assertTrue( $response['test_trust'] );
	}

	public function testSignedHardBounceCarriesTheSesNotificationFields(): void {
		$response = $this->handleEnvelope( SnsMessages::notification( SesPayloads::hard_bounce() ) );

		$this->assertSame(
			array(
				'kind'                    => 'Bounce',
				'format'                  => 'notification',
				'mail_message_id'         => SesPayloads::MAIL_MESSAGE_ID,
				'feedback_id'             => SesPayloads::FEEDBACK_ID,
				'bounce_type'             => 'Permanent',
				'bounce_sub_type'         => 'General',
				'complaint_feedback_type' => null,
				'complaint_sub_type'      => null,
				'source'                  => SesPayloads::SOURCE,
				'timestamp'               => SesPayloads::EVENT_TIME,
				'mail_timestamp'          => SesPayloads::MAIL_TIME,
			),
			$response['notification']
		);
	}

	public function testBounceRecipientsComeFromBouncedRecipientsNotMailDestination(): void {
		$message = SesPayloads::bounce(
			'Permanent',
			'General',
			array(
				array( 'emailAddress' => 'A@Example.com', 'status' => '5.1.1' ),
				array( 'emailAddress' => 'not an address' ),
				array( 'emailAddress' => 'Second Person <b@example.com>', 'status' => '5.1.2' ),
			)
		);

		$response = $this->handleEnvelope( SnsMessages::notification( $message ) );

		$this->assertAccepted( 'bounce', $response );
		$this->assertSame( array( 'a@example.com', 'b@example.com' ), array_column( $response['recipients'], 'email' ) );
		$this->assertSame( array( null, null ), array_column( $response['recipients'], 'action' ) );
	}

	public function testARecipientTheMailWasNotSentToAppliesToNoOne(): void {
		$message  = SesPayloads::bounce( 'Permanent', 'General', array( array( 'emailAddress' => 'Victim@Example.net', 'status' => '5.1.1' ) ) );
		$response = $this->handleEnvelope( SnsMessages::notification( $message ) );

		$this->assertSame( array( 'victim@example.net' ), array_column( $response['recipients'], 'email' ) );
		$this->assertSame( array( null ), array_column( $response['recipients'], 'applies_to' ) );
	}

	public function testABounceOfAMailSentToOneAddressAppliesToThatAddress(): void {
		$message  = SesPayloads::bounce( 'Permanent', 'General', array( array( 'emailAddress' => 'final@forward.example' ) ), 'notificationType', array( 'Alias <Alias@Example.com>' ) );
		$response = $this->handleEnvelope( SnsMessages::notification( $message ) );

		$this->assertSame( array( 'alias@example.com' ), array_column( $response['recipients'], 'applies_to' ) );
	}

	/** @return array<string, array{list<mixed>}> */
	public function destinationsOfTwoWhereOneIsNoAddress(): array {
		return array(
			'an address with a comment' => array( array( 'alice@example.org (Alice)', 'bob@example.net' ) ),
			'a number'                  => array( array( 7, 'bob@example.net' ) ),
		);
	}

	/**
	 * @dataProvider destinationsOfTwoWhereOneIsNoAddress
	 * @param list<mixed> $destination
	 */
	public function testABounceOfAMailSentToTwoNeverFollowsTheOneThatIsAnAddress( array $destination ): void {
		$message  = SesPayloads::bounce( 'Permanent', 'General', array( array( 'emailAddress' => 'alice@example.org' ) ), 'notificationType', $destination );
		$response = $this->handleEnvelope( SnsMessages::notification( $message ) );

		$this->assertSame( array( null ), array_column( $response['recipients'], 'applies_to' ) );
	}

	public function testOnlyAsciiLettersAreFolded(): void {
		$kelvin   = "\u{212A}ate@Example.com";
		$message  = SesPayloads::bounce( 'Permanent', 'General', array( array( 'emailAddress' => $kelvin ) ), 'notificationType', array( $kelvin ) );
		$response = $this->handleEnvelope( SnsMessages::notification( $message ) );

		$this->assertSame( array( "\u{212A}ate@example.com" ), array_column( $response['recipients'], 'email' ) );
	}

	public function testTheComplaintSubTypeIsReturned(): void {
		$response = $this->handleEnvelope( SnsMessages::notification( SesPayloads::complaint( 'abuse', 'notificationType', 'OnAccountSuppressionList' ) ) );

		$this->assertSame( 'OnAccountSuppressionList', $response['notification']['complaint_sub_type'] );
	}

	public function testNotSpamInCapitalsIsIgnored(): void {
		$response = $this->handleEnvelope( SnsMessages::notification( SesPayloads::complaint( 'Not-Spam' ) ) );

		$this->assertAccepted( 'ignored', $response );
	}

	public function testTransientBounceIsSoft(): void {
		$message  = SesPayloads::bounce( 'Transient', 'MailboxFull', array( array( 'emailAddress' => 'full@example.com', 'status' => '4.2.2', 'action' => 'failed' ) ) );
		$response = $this->handleEnvelope( SnsMessages::notification( $message ) );

		$this->assertAccepted( 'bounce', $response );
		$this->assertSame( 'Transient', $response['notification']['bounce_type'] );
		$this->assertSame( 'MailboxFull', $response['notification']['bounce_sub_type'] );
		$this->assertSame( array( array( 'email' => 'full@example.com', 'applies_to' => null, 'class' => 'soft', 'status' => '4.2.2', 'action' => 'failed', 'diagnostic' => null ) ), $response['recipients'] );
	}

	public function testUndeterminedBounceIsSoft(): void {
		$message  = SesPayloads::bounce( 'Undetermined', 'Undetermined', array( array( 'emailAddress' => 'who@example.com' ) ) );
		$response = $this->handleEnvelope( SnsMessages::notification( $message ) );

		$this->assertAccepted( 'bounce', $response );
		$this->assertSame( array( 'soft' ), array_column( $response['recipients'], 'class' ) );
	}

	public function testComplaintIsAComplaint(): void {
		$response = $this->handleEnvelope( SnsMessages::notification( SesPayloads::complaint( 'abuse' ) ) );

		$this->assertAccepted( 'complaint', $response );
		$this->assertSame( array( array( 'email' => 'bob@example.org', 'applies_to' => 'bob@example.org', 'class' => 'complaint', 'status' => null, 'action' => null, 'diagnostic' => null ) ), $response['recipients'] );
		$this->assertSame( 'Complaint', $response['notification']['kind'] );
		$this->assertSame( 'abuse', $response['notification']['complaint_feedback_type'] );
		$this->assertSame( SesPayloads::FEEDBACK_ID, $response['notification']['feedback_id'] );
		$this->assertNull( $response['notification']['bounce_type'] );
	}

	public function testComplaintWithoutFeedbackTypeIsStillAComplaint(): void {
		$response = $this->handleEnvelope( SnsMessages::notification( SesPayloads::complaint( null ) ) );

		$this->assertAccepted( 'complaint', $response );
		$this->assertSame( array( 'bob@example.org' ), array_column( $response['recipients'], 'email' ) );
	}

	public function testNotSpamComplaintIsIgnored(): void {
		$response = $this->handleEnvelope( SnsMessages::notification( SesPayloads::complaint( 'not-spam' ) ) );

		$this->assertAccepted( 'ignored', $response );
		$this->assertSame( array(), $response['recipients'] );
		$this->assertSame( 'not-spam', $response['notification']['complaint_feedback_type'] );
	}

	public function testDeliveryIsADeliveryForDeliveryRecipients(): void {
		$response = $this->handleEnvelope( SnsMessages::notification( SesPayloads::delivery() ) );

		$this->assertAccepted( 'delivery', $response );
		$this->assertSame(
			array( array( 'email' => 'carol@example.net', 'applies_to' => 'carol@example.net', 'class' => 'delivery', 'status' => null, 'action' => null, 'diagnostic' => '250 ok:  Message 64111812 accepted' ) ),
			$response['recipients']
		);
		$this->assertSame( 'Delivery', $response['notification']['kind'] );
		$this->assertSame( SesPayloads::EVENT_TIME, $response['notification']['timestamp'] );
	}

	public function testSesSubscriptionSucceededTestMessageIsIgnored(): void {
		$response = $this->handleEnvelope( SnsMessages::notification( SesPayloads::subscription_succeeded() ) );

		$this->assertAccepted( 'ignored', $response );
		$this->assertSame( array(), $response['recipients'] );
		$this->assertSame( 'AmazonSnsSubscriptionSucceeded', $response['notification']['kind'] );
	}

	public function testPlainTextMessageIsIgnored(): void {
		$response = $this->handleEnvelope( SnsMessages::notification( 'Hello from the SNS console', array( 'Subject' => 'Test' ) ) );

		$this->assertAccepted( 'ignored', $response );
		$this->assertNull( $response['notification'] );
		$this->assertSame( array(), $response['recipients'] );
	}

	/** @return array<string,array{string}> */
	public function eventsThatChangeNoContact(): array {
		return array(
			'Send'          => array( 'Send' ),
			'Open'          => array( 'Open' ),
			'Click'         => array( 'Click' ),
			'Reject'        => array( 'Reject' ),
			'DeliveryDelay' => array( 'DeliveryDelay' ),
		);
	}

	/** @dataProvider eventsThatChangeNoContact */
	public function testEventThatChangesNoContactIsIgnored( string $event ): void {
		$message  = json_encode( array( 'eventType' => $event, 'mail' => array( 'messageId' => 'm-1', 'destination' => array( 'x@example.com' ) ) ), JSON_THROW_ON_ERROR );
		$response = $this->handleEnvelope( SnsMessages::notification( $message ) );

		$this->assertAccepted( 'ignored', $response );
		$this->assertSame( array(), $response['recipients'] );
		$this->assertSame( $event, $response['notification']['kind'] );
	}

	public function testEventTypeBounceHasFormatEvent(): void {
		$response = $this->handleEnvelope( SnsMessages::notification( SesPayloads::hard_bounce( 'eventType' ), array( 'SignatureVersion' => '2' ) ) );

		$this->assertAccepted( 'bounce', $response );
		$this->assertSame( 'event', $response['notification']['format'] );
		$this->assertSame( 'Bounce', $response['notification']['kind'] );
		$this->assertSame( array( 'hard' ), array_column( $response['recipients'], 'class' ) );
	}

	public function testEventTypeComplaintAndDeliveryAreClassifiedLikeNotifications(): void {
		$complaint = $this->handleEnvelope( SnsMessages::notification( SesPayloads::complaint( 'abuse', 'eventType' ) ) );
		$delivery  = $this->handleEnvelope( SnsMessages::notification( SesPayloads::delivery( 'eventType' ) ) );

		$this->assertSame( array( 'complaint', 'event' ), array( $complaint['outcome'], $complaint['notification']['format'] ) );
		$this->assertSame( array( 'delivery', 'event' ), array( $delivery['outcome'], $delivery['notification']['format'] ) );
	}

	public function testNullSubjectIsAcceptedAsAbsent(): void {
		// Lambda writes "Subject": null; it is left out of the string to sign.
		$envelope            = SnsMessages::notification( SesPayloads::hard_bounce() );
		$envelope['Subject'] = null;

		$this->assertAccepted( 'bounce', $this->handleEnvelope( $envelope ) );
	}

	public function testSignedSubjectIsPartOfTheStringToSign(): void {
		$envelope            = SnsMessages::notification( SesPayloads::hard_bounce(), array( 'Subject' => 'Amazon SES Email Event Notification' ) );
		$accepted            = $this->handleEnvelope( $envelope );
		$envelope['Subject'] = 'Something else';
		$tampered            = $this->handleEnvelope( $envelope );

		$this->assertAccepted( 'bounce', $accepted );
		$this->assertRejected( 403, 'invalid_signature', $tampered );
	}

	public function testLambdaSpellingOfSigningCertUrlIsAccepted(): void {
		$envelope                   = SnsMessages::notification( SesPayloads::hard_bounce() );
		$envelope['SigningCertUrl'] = $envelope['SigningCertURL'];
		unset( $envelope['SigningCertURL'] );

		$this->assertAccepted( 'bounce', $this->handleEnvelope( $envelope ) );
	}

	public function testChinaRegionMessageSignedWithTheChinaSigningNameIsAccepted(): void {
		$topic    = 'arn:aws-cn:sns:cn-north-1:123456789012:ses-bounces';
		$envelope = SnsMessages::notification(
			SesPayloads::hard_bounce(),
			array( 'TopicArn' => $topic, 'SigningCertURL' => SnsMessages::cert_url( 'cn-north-1' ) ),
			'signing-cn.key'
		);

		$response = $this->handleEnvelope( $envelope );

		$this->assertAccepted( 'bounce', $response );
		$this->assertSame( $topic, $response['topic_arn'] );
	}
}
