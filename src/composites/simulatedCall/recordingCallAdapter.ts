/**
 * What every simulated call adapter has that needs no simulation: the record of each operation the composite (or a
 * test) called, and the `CallAdapter` operations a room call with no media has no use for — views (the simulation
 * renders avatars, never video), spotlight, breakout rooms, audio and video permissions, DTMF, effects, surveys —
 * each recorded and harmless.
 */
import type { CallSurvey, CallSurveyResponse, DtmfTone } from '@azure/communication-calling';
import type {
  CreateVideoStreamViewResult,
  TogetherModeStreamOptions,
  TogetherModeStreamViewResult,
  VideoBackgroundEffect,
  VideoStreamOptions,
} from '@azure/communication-react';
import type { SimulatedCallOperation } from './simulatedCall.types';

/** The recorded, harmless half of the simulated call adapter; the simulation extends it. */
export abstract class RecordingCallAdapter {
  readonly #operations: SimulatedCallOperation[] = [];

  /** Every call operation made so far, oldest first (a fresh copy on each read). */
  get operations(): readonly SimulatedCallOperation[] {
    return [...this.#operations];
  }

  /** Keeps one operation and its arguments. */
  protected record(name: string, args: readonly unknown[]): void {
    this.#operations.push({ name, args: [...args] });
  }

  async createStreamView(
    remoteUserId?: string,
    options?: VideoStreamOptions,
  ): Promise<void | CreateVideoStreamViewResult> {
    this.record('createStreamView', [remoteUserId, options]);
  }

  async disposeStreamView(remoteUserId?: string, options?: VideoStreamOptions): Promise<void> {
    this.record('disposeStreamView', [remoteUserId, options]);
  }

  async disposeScreenShareStreamView(remoteUserId: string): Promise<void> {
    this.record('disposeScreenShareStreamView', [remoteUserId]);
  }

  async disposeRemoteVideoStreamView(remoteUserId: string): Promise<void> {
    this.record('disposeRemoteVideoStreamView', [remoteUserId]);
  }

  async disposeLocalVideoStreamView(): Promise<void> {
    this.record('disposeLocalVideoStreamView', []);
  }

  async createTogetherModeStreamView(
    options?: TogetherModeStreamOptions,
  ): Promise<void | TogetherModeStreamViewResult> {
    this.record('createTogetherModeStreamView', [options]);
  }

  setTogetherModeSceneSize(width: number, height: number): void {
    this.record('setTogetherModeSceneSize', [width, height]);
  }

  async disposeTogetherModeStreamView(): Promise<void> {
    this.record('disposeTogetherModeStreamView', []);
  }

  async sendDtmfTone(dtmfTone: DtmfTone): Promise<void> {
    this.record('sendDtmfTone', [dtmfTone]);
  }

  async startVideoBackgroundEffect(videoBackgroundEffect: VideoBackgroundEffect): Promise<void> {
    this.record('startVideoBackgroundEffect', [videoBackgroundEffect]);
  }

  async stopVideoBackgroundEffects(): Promise<void> {
    this.record('stopVideoBackgroundEffects', []);
  }

  async startNoiseSuppressionEffect(): Promise<void> {
    this.record('startNoiseSuppressionEffect', []);
  }

  async stopNoiseSuppressionEffect(): Promise<void> {
    this.record('stopNoiseSuppressionEffect', []);
  }

  async submitSurvey(survey: CallSurvey): Promise<CallSurveyResponse | undefined> {
    this.record('submitSurvey', [survey]);
    return undefined;
  }

  async startSpotlight(userIds?: string[]): Promise<void> {
    this.record('startSpotlight', [userIds]);
  }

  async stopSpotlight(userIds?: string[]): Promise<void> {
    this.record('stopSpotlight', [userIds]);
  }

  async stopAllSpotlight(): Promise<void> {
    this.record('stopAllSpotlight', []);
  }

  async returnFromBreakoutRoom(): Promise<void> {
    this.record('returnFromBreakoutRoom', []);
  }

  async forbidAudio(userIds: string[]): Promise<void> {
    this.record('forbidAudio', [userIds]);
  }

  async permitAudio(userIds: string[]): Promise<void> {
    this.record('permitAudio', [userIds]);
  }

  async forbidOthersAudio(): Promise<void> {
    this.record('forbidOthersAudio', []);
  }

  async permitOthersAudio(): Promise<void> {
    this.record('permitOthersAudio', []);
  }

  async forbidVideo(userIds: string[]): Promise<void> {
    this.record('forbidVideo', [userIds]);
  }

  async permitVideo(userIds: string[]): Promise<void> {
    this.record('permitVideo', [userIds]);
  }

  async forbidOthersVideo(): Promise<void> {
    this.record('forbidOthersVideo', []);
  }

  async permitOthersVideo(): Promise<void> {
    this.record('permitOthersVideo', []);
  }

  sendRealTimeText = async (text: string, isFinalized: boolean): Promise<void> => {
    this.record('sendRealTimeText', [text, isFinalized]);
  };
}
